import Box from '@mui/material/Box'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { outcomeLabels, type Outcome } from '../../shared/kinds/conference/decision.ts'
import { attendanceLabels, type Participant } from '../../shared/model/people.ts'
import { outcomesFor, recommenders } from '../../shared/kinds/conference/rules/decision.ts'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useLocalCopy } from '../common/use-local-copy.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'

/**
 * Each professional's recommendation and rationale (there, or by report), then the parents' and the
 * child's view on what should happen. The rationale is required before sign-off.
 */
export function RecommendationsSection() {
  const { meeting, send } = useMeetingContext()
  const people = recommenders(meeting)
  const options = outcomesFor(meeting.kind)
  return (
    <Paper component="section" aria-labelledby="recommendations-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="recommendations-heading" sx={{ mb: 1 }}>
        Recommendations
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
          <RecommendationRow key={person.id} person={person} options={options} />
        ))}
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' }, mt: 3 }}>
        <SavedTextField
          id="parents-view"
          label="The parents' view on the decision"
          multiline
          minRows={2}
          saved={meeting.decision.parentsView}
          helperText="In their words, and say whose view it is"
          onSave={(parentsView) =>
            void send({ type: 'update-decision', patch: { parentsView } }, 'decision:parentsView')
          }
        />
        <SavedTextField
          id="child-decision-view"
          label="The child's view on the decision"
          multiline
          minRows={2}
          saved={meeting.decision.childView}
          helperText="What the child said, or how their view was brought"
          onSave={(childView) =>
            void send({ type: 'update-decision', patch: { childView } }, 'decision:childView')
          }
        />
      </Box>
    </Paper>
  )
}

/** One professional's recommendation: the outcome they recommend, shown as chosen at once, and why. */
function RecommendationRow({
  person,
  options,
}: {
  readonly person: Participant
  readonly options: ReadonlyArray<Outcome>
}) {
  const { meeting, names, send } = useMeetingContext()
  const given = meeting.decision.recommendations.find((item) => item.personId === person.id)
  const [outcome, setOutcome] = useLocalCopy(given?.outcome ?? null)
  const name = names.get(person.id) ?? person.name
  return (
    <Box
      component="fieldset"
      sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 2fr' } }}
    >
      <Box component="legend" sx={{ p: 0, mb: 1, fontWeight: 600, gridColumn: '1 / -1' }}>
        <bdi>{name}</bdi>
        {person.role && `, ${person.role}`}
        {person.agency && ` (${person.agency})`}
        <Typography component="span" color="text.secondary" sx={{ ml: 1, fontWeight: 400 }}>
          {attendanceLabels[person.attendance.status]}
        </Typography>
      </Box>
      <TextField
        select
        id={`recommendation-${person.id}`}
        label="Recommends"
        value={outcome ?? ''}
        onChange={(event) => {
          const chosen = (event.target.value || null) as Outcome | null
          setOutcome(chosen)
          void send({ type: 'set-recommendation', personId: person.id, patch: { outcome: chosen } })
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
        id={`rationale-${person.id}`}
        label="Why (their rationale)"
        multiline
        minRows={1}
        saved={given?.rationale ?? ''}
        error={outcome !== null && (given?.rationale.trim() ?? '') === ''}
        helperText={
          outcome !== null && (given?.rationale.trim() ?? '') === ''
            ? 'A recommendation needs its reasons'
            : ' '
        }
        onSave={(rationale) =>
          void send(
            { type: 'set-recommendation', personId: person.id, patch: { rationale } },
            `rationale:${person.id}`,
          )
        }
      />
    </Box>
  )
}
