import { useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import {
  attendanceLabels,
  attendanceStatuses,
  type AttendanceStatus,
  type Participant,
  type ParticipantGroup,
} from '../../shared/model/people.ts'
import { attendanceTimesProblem } from '../../shared/rules/plausible.ts'

/** A person as the dialog holds them while being typed. */
export type PersonFields = Omit<Participant, 'id'>

type Props = {
  readonly open: boolean
  readonly group: ParticipantGroup
  readonly initial: PersonFields | null
  readonly onCancel: () => void
  /** Saves; resolves with a problem to show, or null when saved. */
  readonly onSave: (person: PersonFields) => Promise<string | null>
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/

/** Adds or edits a family member or a professional, with their attendance. */
export function PersonDialog({ open, group, initial, onCancel, onSave }: Props) {
  const blank: PersonFields = {
    name: '',
    group,
    role: '',
    agency: '',
    email: '',
    attendance: { status: 'invited', from: null, until: null, reason: '' },
  }
  const [person, setPerson] = useState<PersonFields>(initial ?? blank)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const family = group === 'family'
  const attendance = person.attendance
  const partly = attendance.status === 'part' || attendance.status === 'excluded-part'
  const problems = {
    name: person.name.trim() === '' ? 'Enter their name' : null,
    email:
      person.email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(person.email)
        ? 'Enter an email address like name@council.gov.uk'
        : null,
    from: attendance.from !== null && !timePattern.test(attendance.from) ? 'Enter a time like 10:30' : null,
    until:
      attendance.until !== null && !timePattern.test(attendance.until)
        ? 'Enter a time like 11:15'
        : partly && attendance.from !== null && timePattern.test(attendance.from)
          ? attendanceTimesProblem(attendance)
          : null,
  }
  const [tried, setTried] = useState(false)
  const shown = (key: keyof typeof problems): string | null => (tried ? problems[key] : null)
  const setAttendance = (change: Partial<PersonFields['attendance']>): void =>
    setPerson((current) => ({ ...current, attendance: { ...current.attendance, ...change } }))

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    setTried(true)
    if (Object.values(problems).some((message) => message !== null)) return
    setBusy(true)
    const failure = await onSave({
      ...person,
      name: person.name.trim(),
      role: person.role.trim(),
      agency: person.agency.trim(),
    })
    setBusy(false)
    setProblem(failure)
  }

  const title = initial ? `Change ${initial.name}` : family ? 'Add a family member' : 'Add a professional'
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="person-dialog-title" fullWidth maxWidth="sm">
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id="person-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {problem && (
              <Alert severity="error" role="alert">
                {problem}
              </Alert>
            )}
            <TextField
              id="person-name"
              label="Full name"
              value={person.name}
              onChange={(event) => setPerson({ ...person, name: event.target.value })}
              error={shown('name') !== null}
              helperText={shown('name') ?? ' '}
              autoFocus
              required
              autoComplete="off"
              slotProps={{ htmlInput: { dir: 'auto' } }}
            />
            <TextField
              id="person-role"
              label={family ? 'Relationship to the children' : 'Role'}
              value={person.role}
              onChange={(event) => setPerson({ ...person, role: event.target.value })}
              helperText={
                family
                  ? 'For example Mother, Father, Grandmother, Advocate'
                  : 'For example Social worker, Health visitor, Head teacher'
              }
              autoComplete="off"
            />
            {!family && (
              <>
                <TextField
                  id="person-agency"
                  label="Agency"
                  value={person.agency}
                  onChange={(event) => setPerson({ ...person, agency: event.target.value })}
                  helperText="For example Children's Services, Oak Primary School"
                  autoComplete="off"
                />
                <TextField
                  id="person-email"
                  label="Email"
                  type="email"
                  value={person.email}
                  onChange={(event) => setPerson({ ...person, email: event.target.value.trim() })}
                  error={shown('email') !== null}
                  helperText={shown('email') ?? 'For sending the minutes'}
                  autoComplete="off"
                />
              </>
            )}
            <TextField
              id="person-attendance"
              select
              label="Attendance"
              value={attendance.status}
              onChange={(event) => setAttendance({ status: event.target.value as AttendanceStatus })}
            >
              {attendanceStatuses.map((status) => (
                <MenuItem key={status} value={status}>
                  {attendanceLabels[status]}
                </MenuItem>
              ))}
            </TextField>
            {partly && (
              <>
                <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
                  <TextField
                    id="person-from"
                    label={attendance.status === 'part' ? 'From' : 'Excluded from'}
                    placeholder="HH:MM"
                    value={attendance.from ?? ''}
                    onChange={(event) =>
                      setAttendance({
                        from: event.target.value.trim() === '' ? null : event.target.value.trim(),
                      })
                    }
                    error={shown('from') !== null}
                    helperText={shown('from') ?? ' '}
                  />
                  <TextField
                    id="person-until"
                    label="Until"
                    placeholder="HH:MM"
                    value={attendance.until ?? ''}
                    onChange={(event) =>
                      setAttendance({
                        until: event.target.value.trim() === '' ? null : event.target.value.trim(),
                      })
                    }
                    error={shown('until') !== null}
                    helperText={shown('until') ?? ' '}
                  />
                </Box>
                <TextField
                  id="person-reason"
                  label="Reason"
                  value={attendance.reason}
                  onChange={(event) => setAttendance({ reason: event.target.value })}
                  helperText={
                    attendance.status === 'part'
                      ? 'For example, parents attending at separate times'
                      : 'For example, information that cannot be shared with the family'
                  }
                  multiline
                />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {initial ? 'Save changes' : family ? 'Add family member' : 'Add professional'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
