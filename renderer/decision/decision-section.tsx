import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'
import Paper from '@mui/material/Paper'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Typography from '@mui/material/Typography'
import {
  harmCategories,
  harmCategoryLabels,
  outcomeLabels,
  type HarmCategory,
  type Outcome,
} from '../../shared/kinds/conference/decision.ts'
import { describeOutcome, dissentFrom, needsCategory, outcomesFor } from '../../shared/kinds/conference/rules/decision.ts'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useLocalCopy } from '../common/use-local-copy.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'

/** The chair's analysis and decision: the outcome, the one category, the reasons, and the dissent found. */
export function DecisionSection() {
  const { meeting, names, send } = useMeetingContext()
  const decision = meeting.decision
  const dissent = dissentFrom(meeting)
  const [outcome, setOutcome] = useLocalCopy(decision.outcome)
  const [category, setCategory] = useLocalCopy(decision.category)
  const categoryNeeded = needsCategory(outcome)
  return (
    <Paper component="section" aria-labelledby="decision-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="decision-heading" sx={{ mb: 2 }}>
        The decision
      </Typography>
      <SavedTextField
        id="decision-analysis"
        label="The chair's analysis"
        multiline
        minRows={3}
        saved={decision.analysis}
        helperText="The risks against the threshold of significant harm, in your words"
        onSave={(analysis) =>
          void send({ type: 'update-decision', patch: { analysis } }, 'decision:analysis')
        }
        sx={{ mb: 3 }}
      />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: categoryNeeded ? '1fr 1fr' : '1fr' } }}>
        <FormControl>
          <FormLabel id="decision-outcome-label" sx={{ fontWeight: 600, color: 'text.primary' }}>
            The chair decides
          </FormLabel>
          <RadioGroup
            id="decision-outcome"
            aria-labelledby="decision-outcome-label"
            value={outcome ?? ''}
            onChange={(event) => {
              setOutcome(event.target.value as Outcome)
              void send({ type: 'update-decision', patch: { outcome: event.target.value as Outcome } })
            }}
          >
            {outcomesFor(meeting.kind).map((outcome) => (
              <FormControlLabel
                key={outcome}
                value={outcome}
                control={<Radio />}
                label={outcomeLabels[outcome]}
              />
            ))}
          </RadioGroup>
        </FormControl>
        {categoryNeeded && (
          <FormControl error={category === null}>
            <FormLabel id="decision-category-label" sx={{ fontWeight: 600, color: 'text.primary' }}>
              Category: the main harm
            </FormLabel>
            <RadioGroup
              id="decision-category"
              aria-labelledby="decision-category-label"
              value={category ?? ''}
              onChange={(event) => {
                setCategory(event.target.value as HarmCategory)
                void send({
                  type: 'update-decision',
                  patch: { category: event.target.value as HarmCategory },
                })
              }}
            >
              {harmCategories.map((category) => (
                <FormControlLabel
                  key={category}
                  value={category}
                  control={<Radio />}
                  label={harmCategoryLabels[category]}
                />
              ))}
            </RadioGroup>
            <FormHelperText>
              {category === null ? 'Choose exactly one' : 'Exactly one category, the main harm'}
            </FormHelperText>
            <SavedTextField
              id="other-categories"
              label="Other categories considered (optional)"
              saved={decision.otherCategoriesConsidered}
              onSave={(otherCategoriesConsidered) =>
                void send(
                  { type: 'update-decision', patch: { otherCategoriesConsidered } },
                  'decision:otherCategories',
                )
              }
              sx={{ mt: 1 }}
            />
          </FormControl>
        )}
      </Box>
      <SavedTextField
        id="decision-reasons"
        label="Reasons for the decision"
        multiline
        minRows={3}
        saved={decision.reasons}
        helperText="Written to the family: what the worries are and why this plan"
        onSave={(reasons) => void send({ type: 'update-decision', patch: { reasons } }, 'decision:reasons')}
        sx={{ mt: 3 }}
      />
      <Box component="section" aria-labelledby="dissent-heading" sx={{ mt: 3 }}>
        <Typography variant="h3" id="dissent-heading" sx={{ mb: 1 }}>
          Dissent
        </Typography>
        {decision.outcome === null ? (
          <Typography color="text.secondary">Dissent is shown once the decision is recorded.</Typography>
        ) : dissent.length === 0 ? (
          <Typography color="text.secondary">Every recommendation agrees with the decision.</Typography>
        ) : (
          <Alert severity="info" icon={false} sx={{ mb: 2 }}>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {dissent.map(({ person, recommendation }) => (
                <li key={person.id}>
                  <bdi>{names.get(person.id) ?? person.name}</bdi> recommended{' '}
                  {describeOutcome(recommendation.outcome)}
                  {recommendation.rationale.trim() && `: ${recommendation.rationale.trim()}`}
                </li>
              ))}
            </Box>
          </Alert>
        )}
        {dissent.length > 0 && (
          <SavedTextField
            id="dissent-note"
            label="The chair's note on the dissent (optional)"
            multiline
            saved={decision.dissentNote}
            onSave={(dissentNote) =>
              void send({ type: 'update-decision', patch: { dissentNote } }, 'decision:dissentNote')
            }
          />
        )}
      </Box>
    </Paper>
  )
}
