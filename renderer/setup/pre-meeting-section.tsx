import { useState } from 'react'
import Box from '@mui/material/Box'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import Paper from '@mui/material/Paper'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { PreMeeting } from '../../shared/kinds/conference/records.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { useConferenceContext } from '../meeting/meeting-context.tsx'

/** The chair's meeting with the parents before the conference: held or not, when, and anything to note. */
export function PreMeetingSection() {
  const { meeting, send } = useConferenceContext()
  const [notes, setNotes] = useState(meeting.record.preMeeting.notes)
  const update = (patch: Partial<PreMeeting>, key: string): void =>
    void send({ type: 'update-pre-meeting', patch }, `pre-meeting:${key}`)
  return (
    <Paper component="section" aria-labelledby="pre-meeting-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="pre-meeting-heading" sx={{ mb: 2 }}>
        Meeting with the parents beforehand
      </Typography>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <FormControl>
          <FormLabel id="pre-meeting-held-label">Has the chair met the parents before the meeting?</FormLabel>
          <RadioGroup
            row
            aria-labelledby="pre-meeting-held-label"
            value={meeting.record.preMeeting.held}
            onChange={(event) => update({ held: event.target.value as PreMeeting['held'] }, 'held')}
          >
            <FormControlLabel value="yes" control={<Radio />} label="Yes" />
            <FormControlLabel value="no" control={<Radio />} label="No" />
            <FormControlLabel value="not-recorded" control={<Radio />} label="Not recorded" />
          </RadioGroup>
        </FormControl>
        {meeting.record.preMeeting.held === 'yes' && (
          <Box sx={{ maxWidth: 320 }}>
            <BritishDateField
              id="pre-meeting-date"
              label="When"
              value={meeting.record.preMeeting.date}
              onChange={(iso) => update({ date: iso }, 'date')}
            />
          </Box>
        )}
        <TextField
          id="pre-meeting-notes"
          label="Anything to note"
          value={notes}
          multiline
          minRows={2}
          onChange={(event) => {
            setNotes(event.target.value)
            update({ notes: event.target.value }, 'notes')
          }}
          helperText="For example, what the parents were worried about, or what they would like the meeting to know."
        />
      </Box>
    </Paper>
  )
}
