import { useState, type FormEvent } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import { bundledCalendar, type WorkingDayCalendar } from '../../shared/calendar/bank-holidays.ts'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import {
  progressStatusLabels,
  progressStatuses,
  type PlanAction,
  type ProgressStatus,
} from '../../shared/kinds/conference/records.ts'
import { actionDue, describeActionDue } from '../../shared/kinds/conference/rules/plan-dates.ts'
import { sortPeople } from '../../shared/rules/people.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'
import { withFullStop } from '../../shared/text/sentences.ts'

const statusColour: Readonly<Record<ProgressStatus, 'default' | 'primary' | 'success' | 'warning'>> = {
  'not-started': 'default',
  'on-track': 'primary',
  done: 'success',
  worried: 'warning',
}

/** The plan's actions, each with its progress so far and a way to record today's update. */
export function PlanProgressPanel() {
  const { meeting } = useConferenceContext()
  const settings = useSettings()
  const calendar = settings ? councilCalendar(settings) : bundledCalendar()
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {meeting.record.planActions.length === 0 && (
        <Typography color="text.secondary">
          The plan has no actions yet. Add the actions from the plan below.
        </Typography>
      )}
      {meeting.record.planActions.map((action, index) => (
        <ActionProgress key={action.id} action={action} index={index} calendar={calendar} />
      ))}
      <NewAction />
    </Box>
  )
}

function ActionProgress({
  action,
  index,
  calendar,
}: {
  readonly action: PlanAction
  readonly index: number
  readonly calendar: WorkingDayCalendar
}) {
  const { meeting, names, send } = useConferenceContext()
  const due = actionDue(action, meeting.date, calendar)
  const [status, setStatus] = useState<ProgressStatus>('on-track')
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  // The id this update will be saved under, kept until it is saved, so pressing again after a failure adds it once.
  const [progressId, setProgressId] = useState(() => crypto.randomUUID())
  const latest = action.progress.at(-1)
  const owner = action.ownerId ? (names.get(action.ownerId) ?? action.ownerText) : action.ownerText
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const sent = note
    const result = await send({
      type: 'add-progress',
      progressId,
      actionId: action.id,
      status,
      note: note.trim(),
      on: meeting.date,
    })
    if (result.ok) {
      // Emptied only if nothing more was typed while it was saved (a slow disk): that is the next update's.
      setNote((current) => (current === sent ? '' : current))
      setProblem(null)
      setProgressId(crypto.randomUUID())
    } else setProblem(result.error.message)
  }
  return (
    <Paper component="section" aria-labelledby={`action-${action.id}`} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <Typography variant="h3" id={`action-${action.id}`}>
          {index + 1}. {action.what || 'An action with nothing written yet'}
        </Typography>
        {latest && (
          <Chip
            label={progressStatusLabels[latest.status]}
            color={statusColour[latest.status]}
            size="small"
          />
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {owner ? `${withFullStop(`Who: ${owner}`)} ` : ''}
        {due.kind === 'date' ? `By ${describeActionDue(due)}. ` : ''}
        {due.kind === 'within' ? `${describeActionDue(due)}. ` : ''}
        {action.measure ? `How we will know: ${action.measure}` : ''}
      </Typography>
      {action.progress.length > 0 && (
        <Box component="ul" sx={{ pl: 2.5, my: 1 }}>
          {action.progress.map((update) => (
            <li key={update.id}>
              <Typography variant="body2">
                {formatBritishDate(update.on)},{' '}
                {progressStatusLabels[update.status].toLocaleLowerCase('en-GB')}
                {update.note ? `: ${update.note}` : ''}
              </Typography>
            </li>
          ))}
        </Box>
      )}
      <Box
        component="form"
        onSubmit={(event) => void submit(event)}
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '180px 1fr auto' },
          gap: 1.5,
          mt: 1,
          alignItems: 'start',
        }}
      >
        <TextField
          select
          size="small"
          label="Progress"
          value={status}
          onChange={(event) => setStatus(event.target.value as ProgressStatus)}
          id={`progress-status-${action.id}`}
        >
          {progressStatuses.map((value) => (
            <MenuItem key={value} value={value}>
              {progressStatusLabels[value]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label="What has happened"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          id={`progress-note-${action.id}`}
          error={problem !== null}
          helperText={problem ?? ' '}
        />
        <Button type="submit" variant="outlined">
          Add update
        </Button>
      </Box>
    </Paper>
  )
}

function NewAction() {
  const { meeting, names, send } = useConferenceContext()
  const [what, setWhat] = useState('')
  const [ownerId, setOwnerId] = useState('')
  const [due, setDue] = useState<string | null>(null)
  const [measure, setMeasure] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  // The id this action will be saved under, kept until it is saved, so pressing again after a failure adds it once.
  const [actionId, setActionId] = useState(() => crypto.randomUUID())
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (what.trim() === '') {
      setProblem('Say what will happen')
      return
    }
    const sent = { what, ownerId, due, measure }
    const result = await send({
      type: 'add-action',
      actionId,
      action: {
        what: what.trim(),
        ownerId: ownerId || null,
        ownerText: '',
        due,
        dueWithinWorkingDays: null,
        measure: measure.trim(),
        addresses: '',
      },
    })
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    // Each field emptied only if nothing more was typed in it while the action was saved: that is the next one's.
    setWhat((current) => (current === sent.what ? '' : current))
    setOwnerId((current) => (current === sent.ownerId ? '' : current))
    setDue((current) => (current === sent.due ? null : current))
    setMeasure((current) => (current === sent.measure ? '' : current))
    setProblem(null)
    setActionId(crypto.randomUUID())
  }
  return (
    <Paper
      component="form"
      aria-labelledby="new-action-heading"
      onSubmit={(event) => void submit(event)}
      sx={{ p: 2 }}
    >
      <Typography variant="h3" id="new-action-heading" sx={{ mb: 1 }}>
        Add an action from the plan
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' }, gap: 1.5 }}>
        <TextField
          id="new-action-what"
          label="What will happen"
          value={what}
          onChange={(event) => setWhat(event.target.value)}
          error={problem !== null}
          helperText={problem ?? ' '}
        />
        <TextField
          id="new-action-owner"
          select
          label="Who"
          value={ownerId}
          onChange={(event) => setOwnerId(event.target.value)}
          helperText=" "
        >
          <MenuItem value="">Not chosen</MenuItem>
          {sortPeople(meeting.participants).map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {names.get(person.id) ?? person.name}
            </MenuItem>
          ))}
        </TextField>
        <BritishDateField id="new-action-due" label="By when" value={due} onChange={setDue} />
        <TextField
          id="new-action-measure"
          label="How we will know it is done"
          value={measure}
          onChange={(event) => setMeasure(event.target.value)}
          sx={{ gridColumn: { md: '1 / span 2' } }}
        />
        <Box>
          <Button type="submit" startIcon={<Add />} variant="outlined">
            Add action
          </Button>
        </Box>
      </Box>
    </Paper>
  )
}
