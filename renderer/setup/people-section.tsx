import { useState } from 'react'
import Box from '@mui/material/Box'
import { visuallyHidden } from '@mui/utils'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import { attendanceLabels, type Participant, type ParticipantGroup } from '../../shared/model/people.ts'
import { possibleSpeakers, sortPeople } from '../../shared/rules/people.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { PersonDialog, type PersonFields } from './person-dialog.tsx'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

/** The person being changed, or a new one with the id it will be saved under (so a retry adds it once). */
type Editing = {
  readonly group: ParticipantGroup
  readonly person: Participant | null
  readonly newId: string
} | null

/** Who is at the meeting: the family, the professionals, the chair and the minute taker, and their attendance. */
export function PeopleSection() {
  const { meeting, names, send } = useMeetingContext()
  const chairTitle = moduleOf(meeting.kind).chairTitle
  const [editing, setEditing] = useState<Editing>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const professionals = sortPeople(meeting.participants.filter((person) => person.group === 'professional'))
  // The chair and the minute taker are in the room (not someone who sent apologies), and two people: each
  // list leaves out whoever holds the other role. Whoever is chosen now stays in their own list.
  const chairChoices = possibleSpeakers(professionals, meeting.chairId).filter(
    (person) => person.id !== meeting.minuteTakerId || person.id === meeting.chairId,
  )
  const minuteTakerChoices = possibleSpeakers(professionals, meeting.minuteTakerId).filter(
    (person) => person.id !== meeting.chairId || person.id === meeting.minuteTakerId,
  )

  const save = async (fields: PersonFields): Promise<string | null> => {
    const result = editing?.person
      ? await send({ type: 'update-participant', participantId: editing.person.id, patch: fields })
      : await send({
          type: 'add-participant',
          participantId: editing?.newId ?? crypto.randomUUID(),
          participant: fields,
        })
    if (!result.ok) return result.error.message
    setEditing(null)
    return null
  }

  const remove = async (person: Participant): Promise<void> => {
    const result = await send({ type: 'remove-participant', participantId: person.id })
    setProblem(result.ok ? null : result.error.message)
    // The row and its button go: the focus goes to adding someone to the same list, not the page's top.
    if (result.ok) focusAfterDrawing(person.group === 'family' ? '#add-family-member' : '#add-professional')
  }

  const table = (group: ParticipantGroup) => {
    const people = sortPeople(meeting.participants.filter((person) => person.group === group))
    const caption = group === 'family' ? 'Family' : 'Professionals'
    return (
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={caption}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">Name</TableCell>
              <TableCell scope="col">{group === 'family' ? 'Relationship' : 'Role and agency'}</TableCell>
              <TableCell scope="col">Attendance</TableCell>
              <TableCell scope="col">
                <Box component="span" sx={visuallyHidden}>
                  Change or remove
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {people.length === 0 && (
              <TableRow>
                <TableCell colSpan={4}>
                  <Typography color="text.secondary">
                    {group === 'family' ? 'No family members added yet.' : 'No professionals added yet.'}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {people.map((person) => (
              <TableRow key={person.id}>
                <TableCell>
                  <bdi>{names.get(person.id) ?? person.name}</bdi>
                  {meeting.chairId === person.id && (
                    <Typography variant="body2" color="text.secondary">
                      {chairTitle}
                    </Typography>
                  )}
                  {meeting.minuteTakerId === person.id && (
                    <Typography variant="body2" color="text.secondary">
                      Minute taker
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {person.role}
                  {person.agency && (
                    <Typography variant="body2" color="text.secondary">
                      {person.agency}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {attendanceLabels[person.attendance.status]}
                  {(person.attendance.from || person.attendance.until) &&
                    ` (${person.attendance.from ?? '…'}–${person.attendance.until ?? '…'})`}
                  {person.attendance.reason && (
                    <Typography variant="body2" color="text.secondary">
                      {person.attendance.reason}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <IconButton
                    aria-label={`Change ${names.get(person.id) ?? person.name}`}
                    onClick={() => setEditing({ group, person, newId: crypto.randomUUID() })}
                  >
                    <EditOutlined />
                  </IconButton>
                  <IconButton
                    aria-label={`Remove ${names.get(person.id) ?? person.name}`}
                    onClick={() => void remove(person)}
                  >
                    <DeleteOutlined />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    )
  }

  return (
    <Paper component="section" aria-labelledby="people-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="people-heading" sx={{ mb: 2 }}>
        People
      </Typography>
      {problem && (
        <Typography color="error" role="alert" sx={{ mb: 2 }}>
          {problem}
        </Typography>
      )}
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Family
      </Typography>
      {table('family')}
      <Button
        id="add-family-member"
        startIcon={<Add />}
        onClick={() => setEditing({ group: 'family', person: null, newId: crypto.randomUUID() })}
        sx={{ mt: 1, mb: 3 }}
      >
        Add a family member
      </Button>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Professionals
      </Typography>
      {table('professional')}
      <Button
        id="add-professional"
        startIcon={<Add />}
        onClick={() => setEditing({ group: 'professional', person: null, newId: crypto.randomUUID() })}
        sx={{ mt: 1, mb: 3 }}
      >
        Add a professional
      </Button>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          id="chair"
          select
          label={chairTitle}
          value={meeting.chairId ?? ''}
          onChange={(event) =>
            void send({
              type: 'set-chair',
              participantId: event.target.value === '' ? null : event.target.value,
            })
          }
          helperText={
            professionals.length === 0
              ? `Add the ${chairTitle.toLocaleLowerCase('en-GB')} as a professional first`
              : ' '
          }
        >
          <MenuItem value="">Not chosen</MenuItem>
          {chairChoices.map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {names.get(person.id) ?? person.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          id="minute-taker"
          select
          label="Minute taker"
          value={meeting.minuteTakerId ?? ''}
          onChange={(event) =>
            void send({
              type: 'set-minute-taker',
              participantId: event.target.value === '' ? null : event.target.value,
            })
          }
          helperText=" "
        >
          <MenuItem value="">Not chosen</MenuItem>
          {minuteTakerChoices.map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {names.get(person.id) ?? person.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {editing && (
        <PersonDialog
          open
          group={editing.group}
          initial={editing.person ? (({ id: _id, ...fields }) => fields)(editing.person) : null}
          onCancel={() => setEditing(null)}
          onSave={save}
        />
      )}
    </Paper>
  )
}
