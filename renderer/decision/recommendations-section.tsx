import { visuallyHidden } from '@mui/utils'
import Box from '@mui/material/Box'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { outcomeLabels, type ChildDecision, type Outcome } from '../../shared/kinds/conference/decision.ts'
import { attendanceLabels, type Participant } from '../../shared/model/people.ts'
import { outcomesForDecision, recommenders } from '../../shared/kinds/conference/rules/decision.ts'
import { decisionAnchor } from '../../shared/kinds/conference/rules/readiness.ts'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useLocalCopy } from '../common/use-local-copy.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'

type Props = {
  readonly decision: ChildDecision
  /** 'for Marigold', where the children have decisions of their own; empty for the one decision. */
  readonly forWhom: string
}

/**
 * Each professional's recommendation for a child (or for every child) and its rationale, there or by report,
 * then the child's view on what should happen. The rationale is required before sign-off.
 */
export function RecommendationsSection({ decision, forWhom }: Props) {
  const { meeting, send } = useConferenceContext()
  const people = recommenders(meeting)
  const options = outcomesForDecision(meeting, meeting.record, decision.childId)
  const at = (field: string) => decisionAnchor(field, decision.childId)
  return (
    <Paper component="section" aria-labelledby={at('recommendations-heading')} sx={{ p: 3 }}>
      <Typography variant="h2" id={at('recommendations-heading')} sx={{ mb: 1 }}>
        Recommendations{forWhom && ` ${forWhom}`}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Each professional says what they recommend and why. Someone who sent a report gives theirs through it.
      </Typography>
      {people.length === 0 && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          No professionals are listed as present or sending a report. Add them before the meeting.
        </Typography>
      )}
      <Stack spacing={2.5}>
        {people.map((person) => (
          <RecommendationRow key={person.id} person={person} options={options} decision={decision} />
        ))}
      </Stack>
      <SavedTextField
        id={at('child-decision-view')}
        label="The child's view on the decision"
        multiline
        minRows={2}
        saved={decision.childView}
        helperText="What the child said, or how their view was brought"
        onSave={(childView) =>
          void send(
            { type: 'update-decision', childId: decision.childId, patch: { childView } },
            `decision:${decision.childId ?? 'all'}:childView`,
          )
        }
        sx={{ mt: 3 }}
        fullWidth
      />
    </Paper>
  )
}

/** One professional's recommendation: the outcome they recommend, shown as chosen at once, and why. */
function RecommendationRow({
  person,
  options,
  decision,
}: {
  readonly person: Participant
  readonly options: ReadonlyArray<Outcome>
  readonly decision: ChildDecision
}) {
  const { names, send } = useConferenceContext()
  const childId = decision.childId
  const given = decision.recommendations.find((item) => item.personId === person.id)
  const [outcome, setOutcome] = useLocalCopy(given?.outcome ?? null)
  const name = names.get(person.id) ?? person.name
  const missingReasons = outcome !== null && (given?.rationale.trim() ?? '') === ''
  // Each field named with whose it is: a screen reader's list of fields has one of each per person.
  const withWhose = (label: string) => (
    <>
      {label}
      <Box component="span" sx={visuallyHidden}>
        {' '}
        (<bdi>{name}</bdi>)
      </Box>
    </>
  )
  return (
    <Box
      component="fieldset"
      sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 2fr' } }}
    >
      <Box component="legend" sx={{ p: 0, mb: 1, fontWeight: 600, gridColumn: '1 / -1' }}>
        <bdi>{name}</bdi>
        {person.role && `, ${person.role}`}
        {person.agency && (
          <>
            {' ('}
            <bdi>{person.agency}</bdi>)
          </>
        )}
        <Typography component="span" color="text.secondary" sx={{ ml: 1, fontWeight: 400 }}>
          {attendanceLabels[person.attendance.status]}
        </Typography>
      </Box>
      <TextField
        select
        id={decisionAnchor(`recommendation-${person.id}`, childId)}
        label={withWhose('Recommends')}
        value={outcome ?? ''}
        onChange={(event) => {
          const chosen = (event.target.value || null) as Outcome | null
          setOutcome(chosen)
          void send({ type: 'set-recommendation', childId, personId: person.id, patch: { outcome: chosen } })
        }}
      >
        <MenuItem value="">
          <em>Not given yet</em>
        </MenuItem>
        {options.map((option) => (
          <MenuItem key={option} value={option}>
            {outcomeLabels[option]}
          </MenuItem>
        ))}
      </TextField>
      <SavedTextField
        id={decisionAnchor(`rationale-${person.id}`, childId)}
        label={withWhose('Why (their rationale)')}
        multiline
        minRows={1}
        saved={given?.rationale ?? ''}
        error={missingReasons}
        helperText={missingReasons ? 'A recommendation needs its reasons' : ' '}
        onSave={(rationale) =>
          void send(
            { type: 'set-recommendation', childId, personId: person.id, patch: { rationale } },
            `rationale:${childId ?? 'all'}:${person.id}`,
          )
        }
      />
    </Box>
  )
}
