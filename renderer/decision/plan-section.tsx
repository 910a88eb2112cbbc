import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormGroup from '@mui/material/FormGroup'
import FormLabel from '@mui/material/FormLabel'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import { bundledCalendar } from '../../shared/calendar/bank-holidays.ts'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { isConference } from '../../shared/meeting/meeting.ts'
import { blankActionFields } from '../../shared/kinds/conference/records.ts'
import { sortPeople } from '../../shared/rules/people.ts'
import { smartSummary } from '../../shared/kinds/conference/rules/smart.ts'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useLocalCopy } from '../common/use-local-copy.ts'
import { useListToggle } from '../common/use-list-toggle.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'
import { ActionRow } from './action-row.tsx'
import { useFocusWhenDrawn } from '../common/use-focus-when-drawn.ts'

/**
 * The outline plan: who leads it and who is in the core group, the actions with the SMART check on each,
 * and what will happen for the child if the plan is not achieved.
 */
export function PlanSection() {
  const { meeting, names, send } = useConferenceContext()
  const frame = meeting.record.planFrame
  const professionals = sortPeople(meeting.participants.filter((person) => person.group === 'professional'))
  const smart = smartSummary(meeting.record.planActions)
  const settings = useSettings()
  const calendar = settings ? councilCalendar(settings) : bundledCalendar()
  const [lead, setLead] = useLocalCopy(frame.leadSocialWorkerId)
  // Each tick made on the list as last ticked, never on the saved list, which lags behind quick ticks.
  const [coreGroup, tickCoreGroup] = useListToggle(
    frame.coreGroupIds,
    (next) => void send({ type: 'update-plan-frame', patch: { coreGroupIds: [...next] } }),
    sortPeople(meeting.participants).map((person) => person.id),
  )
  // The chair and the minute taker run the meeting; they are not in the core group (unless ticked before).
  const coreGroupChoices = sortPeople(meeting.participants).filter(
    (person) =>
      coreGroup.includes(person.id) || (person.id !== meeting.chairId && person.id !== meeting.minuteTakerId),
  )
  // The new action's first field takes the focus as it is drawn.
  const focusWhenDrawn = useFocusWhenDrawn()
  const addAction = (): void =>
    void send({
      type: 'add-action',
      actionId: crypto.randomUUID(),
      action: blankActionFields(),
    }).then((result) => {
      if (result.ok && isConference(result.value))
        focusWhenDrawn(`action-${result.value.record.planActions.length}-what`)
    })
  return (
    <Paper component="section" aria-labelledby="plan-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="plan-heading" sx={{ mb: 1 }}>
        The outline plan
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Write it to the family (‘Sarah and Tom will…’). The core group turns it into the detailed plan.
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 2fr' }, mb: 3 }}>
        <TextField
          select
          id="lead-social-worker"
          label="Lead social worker"
          value={lead ?? ''}
          onChange={(event) => {
            setLead(event.target.value || null)
            void send({
              type: 'update-plan-frame',
              patch: { leadSocialWorkerId: event.target.value || null },
            })
          }}
        >
          <MenuItem value="">
            <em>Not chosen</em>
          </MenuItem>
          {professionals.map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {names.get(person.id) ?? person.name}
              {person.role && `, ${person.role}`}
            </MenuItem>
          ))}
        </TextField>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
            Core group
          </FormLabel>
          <FormGroup row>
            {coreGroupChoices.map((person) => (
              <FormControlLabel
                key={person.id}
                control={
                  <Checkbox
                    checked={coreGroup.includes(person.id)}
                    onChange={(event) => tickCoreGroup(person.id, event.target.checked)}
                  />
                }
                label={names.get(person.id) ?? person.name}
              />
            ))}
          </FormGroup>
        </Box>
      </Box>
      <Box
        id="plan-actions"
        tabIndex={-1}
        sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', mb: 1 }}
      >
        <Typography variant="h3" component="h3">
          Actions
        </Typography>
        <Typography
          role="status"
          color={smart.failing > 0 ? 'warning.main' : 'text.secondary'}
          sx={{ fontWeight: 600 }}
        >
          {meeting.record.planActions.length === 0
            ? 'No actions yet'
            : smart.failing === 0
              ? 'Every action passes the SMART check'
              : `${smart.failing} of ${meeting.record.planActions.length} ${
                  meeting.record.planActions.length === 1 ? 'action needs' : 'actions need'
                } more: ${smart.problems} ${smart.problems === 1 ? 'hint' : 'hints'}`}
        </Typography>
      </Box>
      <Stack component="ol" spacing={2} sx={{ p: 0, m: 0 }}>
        {meeting.record.planActions.map((action, index) => (
          <ActionRow key={action.id} action={action} index={index} calendar={calendar} />
        ))}
      </Stack>
      <Button startIcon={<Add />} variant="outlined" onClick={addAction} sx={{ mt: 2 }} id="add-plan-action">
        Add an action
      </Button>
      <SavedTextField
        id="plan-contingency"
        label="If the plan is not achieved (contingency)"
        multiline
        minRows={2}
        saved={frame.contingency}
        helperText="What will happen for the child if things do not change"
        onSave={(contingency) =>
          void send({ type: 'update-plan-frame', patch: { contingency } }, 'plan:contingency')
        }
        sx={{ mt: 3 }}
      />
    </Paper>
  )
}
