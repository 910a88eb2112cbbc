import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { ageInYears } from '../../shared/dates/british-date.ts'
import type { Child } from '../../shared/model/people.ts'
import {
  viewGatheredLabels,
  viewGatheredValues,
  type ChildView,
  type ViewGathered,
} from '../../shared/kinds/conference/records.ts'
import { childViewExpectedFromAge, hasChildView } from '../../shared/kinds/conference/rules/child-voice.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'

/** The child's voice, one card per child: how their views were gathered, their words, who brought them. */
export function ChildVoicePanel() {
  const { meeting } = useConferenceContext()
  if (meeting.children.length === 0) {
    return (
      <Typography color="text.secondary">
        Add the children on the Before the meeting tab to record their views here.
      </Typography>
    )
  }
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { lg: meeting.children.length > 1 ? '1fr 1fr' : '1fr' },
      }}
    >
      {meeting.children.map((child) => (
        <ChildViewCard
          key={child.id}
          child={child}
          view={meeting.record.childViews.find((view) => view.childId === child.id) ?? null}
        />
      ))}
    </Box>
  )
}

function ChildViewCard({ child, view }: { readonly child: Child; readonly view: ChildView | null }) {
  const { meeting, send } = useConferenceContext()
  const [words, setWords] = useState(view?.words ?? '')
  const [conveyedBy, setConveyedBy] = useState(view?.conveyedBy ?? '')
  const [reason, setReason] = useState(view?.reasonNoView ?? '')
  const age = child.dateOfBirth ? ageInYears(child.dateOfBirth, meeting.date) : null
  const called = child.knownAs || child.name
  const set = (patch: Partial<Omit<ChildView, 'childId'>>, field: string): void =>
    void send({ type: 'set-child-view', childId: child.id, patch }, `child-view:${child.id}:${field}`)
  const needed =
    age !== null &&
    age >= childViewExpectedFromAge &&
    !hasChildView(meeting.record, child.id) &&
    words.trim() === '' &&
    reason.trim() === ''
  const idPrefix = `child-view-${child.id}`
  return (
    <Paper component="section" aria-labelledby={`${idPrefix}-heading`} sx={{ p: 2 }}>
      <Typography variant="h3" id={`${idPrefix}-heading`} sx={{ mb: 1 }}>
        <bdi>{called}</bdi>
        {age !== null && (
          <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
            , aged {age}
          </Box>
        )}
      </Typography>
      {needed && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          <bdi>{called}</bdi> is {age}: record <bdi>{called}</bdi>&apos;s views in their own words, or why
          they could not be gathered.
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2 }}>
        <TextField
          id={`${idPrefix}-how`}
          select
          label="How were their views gathered?"
          value={view?.howGathered ?? ''}
          onChange={(event) =>
            set({ howGathered: (event.target.value || null) as ViewGathered | null }, 'how')
          }
        >
          <MenuItem value="">Not recorded yet</MenuItem>
          {viewGatheredValues.map((value) => (
            <MenuItem key={value} value={value}>
              {viewGatheredLabels[value]}
            </MenuItem>
          ))}
        </TextField>
        {view?.howGathered === 'not-gathered' ? (
          <TextField
            id={`${idPrefix}-reason`}
            label="Why could their views not be gathered?"
            value={reason}
            multiline
            onChange={(event) => {
              setReason(event.target.value)
              set({ reasonNoView: event.target.value }, 'reason')
            }}
          />
        ) : (
          <>
            <TextField
              id={`${idPrefix}-words`}
              label={`${called}'s words, as they said them`}
              value={words}
              multiline
              minRows={3}
              onChange={(event) => {
                setWords(event.target.value)
                set({ words: event.target.value }, 'words')
              }}
              slotProps={{ htmlInput: { dir: 'auto' } }}
            />
            <TextField
              id={`${idPrefix}-conveyed`}
              label="Who brought their views to the meeting?"
              value={conveyedBy}
              onChange={(event) => {
                setConveyedBy(event.target.value)
                set({ conveyedBy: event.target.value }, 'conveyed')
              }}
              helperText="For example, Jamie Reid (social worker), from Mind of My Own"
            />
          </>
        )}
      </Box>
    </Paper>
  )
}
