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
  type ChildDecision,
  type DecisionFields,
  type HarmCategory,
  type Outcome,
} from '../../shared/kinds/conference/decision.ts'
import {
  describeOutcome,
  dissentFrom,
  needsCategory,
  outcomesForDecision,
} from '../../shared/kinds/conference/rules/decision.ts'
import { decisionAnchor } from '../../shared/kinds/conference/rules/readiness.ts'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useLocalCopy } from '../common/use-local-copy.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'

type Props = {
  readonly decision: ChildDecision
  /** 'for Marigold', where the children have decisions of their own; empty for the one decision. */
  readonly forWhom: string
}

/** The chair's decision for a child (or for every child): the outcome, the one category, the reasons, the dissent found. */
export function DecisionSection({ decision, forWhom }: Props) {
  const { meeting, names, send } = useConferenceContext()
  const childId = decision.childId
  const at = (field: string) => decisionAnchor(field, childId)
  const dissent = dissentFrom(meeting.participants, decision)
  const [outcome, setOutcome] = useLocalCopy(decision.outcome)
  const [category, setCategory] = useLocalCopy(decision.category)
  const categoryNeeded = needsCategory(outcome)
  const change = (patch: Partial<DecisionFields>, key?: string) =>
    void send({ type: 'update-decision', childId, patch }, key && `decision:${childId ?? 'all'}:${key}`)
  const heading = at('decision-heading')
  return (
    <Paper component="section" aria-labelledby={heading} sx={{ p: 3 }}>
      <Typography variant="h2" id={heading} sx={{ mb: 2 }}>
        The decision{forWhom && ` ${forWhom}`}
      </Typography>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: categoryNeeded ? '1fr 1fr' : '1fr' } }}>
        <FormControl>
          <FormLabel id={at('decision-outcome-label')} sx={{ fontWeight: 600, color: 'text.primary' }}>
            The chair decides
          </FormLabel>
          <RadioGroup
            id={at('decision-outcome')}
            aria-labelledby={at('decision-outcome-label')}
            value={outcome ?? ''}
            onChange={(event) => {
              setOutcome(event.target.value as Outcome)
              change({ outcome: event.target.value as Outcome })
            }}
          >
            {outcomesForDecision(meeting, meeting.record, decision.childId).map((option) => (
              <FormControlLabel
                key={option}
                value={option}
                control={<Radio />}
                label={outcomeLabels[option]}
              />
            ))}
          </RadioGroup>
        </FormControl>
        {categoryNeeded && (
          <FormControl error={category === null}>
            <FormLabel id={at('decision-category-label')} sx={{ fontWeight: 600, color: 'text.primary' }}>
              Category: the main harm
            </FormLabel>
            <RadioGroup
              id={at('decision-category')}
              aria-labelledby={at('decision-category-label')}
              value={category ?? ''}
              onChange={(event) => {
                setCategory(event.target.value as HarmCategory)
                change({ category: event.target.value as HarmCategory })
              }}
            >
              {harmCategories.map((option) => (
                <FormControlLabel
                  key={option}
                  value={option}
                  control={<Radio />}
                  label={harmCategoryLabels[option]}
                />
              ))}
            </RadioGroup>
            <FormHelperText>
              {category === null ? 'Choose exactly one' : 'Exactly one category, the main harm'}
            </FormHelperText>
            <SavedTextField
              id={at('other-categories')}
              label="Other categories considered (optional)"
              saved={decision.otherCategoriesConsidered}
              onSave={(otherCategoriesConsidered) => change({ otherCategoriesConsidered }, 'otherCategories')}
              sx={{ mt: 1 }}
            />
          </FormControl>
        )}
      </Box>
      <SavedTextField
        id={at('decision-reasons')}
        label="Reasons for the decision"
        multiline
        minRows={3}
        saved={decision.reasons}
        helperText="Written to the family: what the worries are and why this plan"
        onSave={(reasons) => change({ reasons }, 'reasons')}
        sx={{ mt: 3 }}
      />
      <Box component="section" aria-labelledby={at('dissent-heading')} sx={{ mt: 3 }}>
        <Typography variant="h3" id={at('dissent-heading')} sx={{ mb: 1 }}>
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
                  {recommendation.rationale.trim() && (
                    <>
                      : <bdi>{recommendation.rationale.trim()}</bdi>
                    </>
                  )}
                </li>
              ))}
            </Box>
          </Alert>
        )}
        {dissent.length > 0 && (
          <SavedTextField
            id={at('dissent-note')}
            label="The chair's note on the dissent (optional)"
            multiline
            saved={decision.dissentNote}
            onSave={(dissentNote) => change({ dissentNote }, 'dissentNote')}
          />
        )}
      </Box>
    </Paper>
  )
}
