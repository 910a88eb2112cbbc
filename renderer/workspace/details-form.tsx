import { useRef, useState } from 'react'
import Box from '@mui/material/Box'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { kindsLike, meetingKindLabels, moduleOf } from '../../shared/kinds/registry.ts'
import {
  meetingStatuses,
  meetingStatusLabels,
  type MeetingDetails,
  type MeetingKind,
  type MeetingStatus,
} from '../../shared/meeting/meeting.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { ChildrenEditor, type ChildRow } from '../common/children-editor.tsx'
import { useLocalCopy } from '../common/use-local-copy.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import { dateOfBirthProblem } from '../../shared/rules/plausible.ts'

type Props = {
  readonly values: MeetingDetails
  readonly change: <F extends keyof MeetingDetails>(
    field: F,
    value: MeetingDetails[F],
    valid?: boolean,
  ) => void
  readonly onValidity: (field: string, problem: string | null) => void
  readonly problems: Readonly<Record<string, string>>
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/

/** The meeting's details, every field saved as it is typed. */
export function DetailsForm({ values, change, onValidity, problems }: Props) {
  const chairTitle = moduleOf(useMeetingContext().meeting.kind).chairTitle
  const [timeText, setTimeText] = useState(values.startTime ?? '')
  const [childRows, setChildRows] = useState<ReadonlyArray<ChildRow>>(() =>
    values.children.map((child) => ({
      key: child.id,
      name: child.name,
      knownAs: child.knownAs,
      dateOfBirth: child.dateOfBirth,
    })),
  )
  // A ref, not state: a date field reports its validity and its value in the same keystroke.
  const childDatesValid = useRef<Record<string, boolean>>({})

  const saveChildren = (rows: ReadonlyArray<ChildRow>): void => {
    const datesValid = childDatesValid.current
    setChildRows(rows)
    const blank = rows.findIndex((row) => row.name.trim() === '')
    const badDate = rows.findIndex((row) => datesValid[row.key] === false)
    const today = ukDateOf(new Date())
    const unborn = rows.findIndex((row) => dateOfBirthProblem(row.dateOfBirth, today) !== null)
    const problem =
      blank >= 0
        ? `Enter the name of child ${blank + 1}, or remove them`
        : badDate >= 0
          ? `Enter a real date of birth for child ${badDate + 1}`
          : unborn >= 0
            ? `Child ${unborn + 1}: ${dateOfBirthProblem(rows[unborn]?.dateOfBirth ?? null, today)}`
            : null
    onValidity('children', problem)
    change(
      'children',
      rows.map((row) => ({
        id: row.key,
        name: row.name.trim(),
        knownAs: row.knownAs.trim(),
        dateOfBirth: row.dateOfBirth,
      })),
      problem === null,
    )
  }

  return (
    <>
      <Paper component="section" aria-labelledby="details-heading" sx={{ p: 3 }}>
        <Typography variant="h2" id="details-heading" sx={{ mb: 2 }}>
          Meeting details
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
          <TextField
            id="details-family-name"
            label="Family name"
            value={values.familyName}
            required
            error={problems['familyName'] !== undefined}
            helperText={problems['familyName'] ?? ' '}
            autoComplete="off"
            onChange={(event) => {
              const text = event.target.value
              const problem =
                text.trim() === ''
                  ? 'Enter the family name'
                  : text.trim().length > 200
                    ? 'The family name can be at most 200 characters'
                    : null
              onValidity('familyName', problem)
              change('familyName', text, problem === null)
            }}
          />
          <KindField />
          <BritishDateField
            id="details-date"
            label="Date of the meeting"
            value={values.date}
            required
            error={problems['date'] ?? null}
            onValidity={(valid) => onValidity('date', valid ? null : 'Enter a real date for the meeting')}
            onChange={(iso) => {
              onValidity('date', iso ? null : 'Enter the date of the meeting')
              if (iso) change('date', iso)
            }}
          />
          <TextField
            id="details-start-time"
            label="Start time"
            placeholder="HH:MM"
            value={timeText}
            autoComplete="off"
            error={problems['startTime'] !== undefined}
            helperText={problems['startTime'] ?? 'For example, 09:30. Leave empty if not fixed.'}
            onChange={(event) => {
              const text = event.target.value.trim()
              setTimeText(event.target.value)
              const valid = text === '' || timePattern.test(text)
              onValidity('startTime', valid ? null : 'Enter the start time like 09:30')
              change('startTime', text === '' ? null : text, valid)
            }}
          />
          <TextField
            id="details-location"
            label="Where"
            value={values.location}
            autoComplete="off"
            helperText="For example, Civic Offices, Room 4, or by video call"
            onChange={(event) => change('location', event.target.value)}
          />
          <TextField
            id="details-status"
            select
            label="Status"
            value={values.status}
            helperText=" "
            onChange={(event) => change('status', event.target.value as MeetingStatus)}
          >
            {meetingStatuses.map((status) => (
              <MenuItem key={status} value={status}>
                {meetingStatusLabels[status]}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      </Paper>
      <Paper component="section" aria-labelledby="children-heading" sx={{ p: 3 }}>
        <Typography variant="h2" id="children-heading" sx={{ mb: 2 }}>
          Children
        </Typography>
        {problems['children'] && (
          <Typography color="error" role="alert" sx={{ mb: 2 }}>
            {problems['children']}
          </Typography>
        )}
        <ChildrenEditor
          rows={childRows}
          idPrefix="details-child"
          newKey={() => crypto.randomUUID()}
          onChange={saveChildren}
          onDateValidity={(key, valid) => {
            childDatesValid.current = { ...childDatesValid.current, [key]: valid }
            if (!valid) onValidity('children', 'Enter a real date of birth, like 03/05/2019')
          }}
        />
      </Paper>
      <Paper component="section" aria-labelledby="purpose-heading" sx={{ p: 3 }}>
        <Typography variant="h2" id="purpose-heading" sx={{ mb: 2 }}>
          Before the meeting
        </Typography>
        <Box sx={{ display: 'grid', gap: 3 }}>
          <TextField
            id="details-purpose"
            label="Purpose of the meeting"
            value={values.purpose}
            multiline
            minRows={3}
            helperText="Why the meeting is being held, in words the family will understand."
            onChange={(event) => change('purpose', event.target.value)}
          />
          <TextField
            id="details-preparation-notes"
            label={`${chairTitle}'s preparation notes`}
            value={values.preparationNotes}
            multiline
            minRows={6}
            helperText="Your own notes: the meeting with the parents beforehand, reports to read, things to ask."
            onChange={(event) => change('preparationNotes', event.target.value)}
          />
        </Box>
      </Paper>
    </>
  )
}

/**
 * The kind of meeting, among the kinds of its family: an initial conference may turn out to be held as a
 * review, but a conference never becomes a MIAM (its record is a conference's).
 */
function KindField() {
  const { meeting, send } = useMeetingContext()
  const [kind, setKind] = useLocalCopy<MeetingKind>(meeting.kind)
  const options = kindsLike(meeting.kind)
  return (
    <TextField
      id="details-kind"
      select
      label="Kind of meeting"
      value={kind}
      disabled={options.length < 2}
      helperText={options.length < 2 ? ' ' : 'Only kinds with the same record'}
      onChange={(event) => {
        const chosen = event.target.value as MeetingKind
        setKind(chosen)
        void send({ type: 'change-kind', kind: chosen })
      }}
    >
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {meetingKindLabels[option]}
        </MenuItem>
      ))}
    </TextField>
  )
}
