import { useEffect, useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import type { MeetingHistory } from '../../shared/meeting/history.ts'
import { convene } from '../api/convene.ts'

/**
 * The meeting's history, from its journal: each change, who made it and when, newest first; sign-offs and
 * corrections marked. A filter by words ('note', a person's name) and a switch to show only sign-offs and
 * corrections; moving between sections is left out unless asked for.
 */
export function HistoryDialog({
  meetingId,
  onClose,
}: {
  readonly meetingId: string
  readonly onClose: () => void
}) {
  const [history, setHistory] = useState<MeetingHistory | null>(null)
  const entries = history?.entries ?? null
  const [problem, setProblem] = useState<string | null>(null)
  const [filter, setFilter] = useState('')
  const [marksOnly, setMarksOnly] = useState(false)
  const [routine, setRoutine] = useState(false)
  const [wholeCase, setWholeCase] = useState(false)
  useEffect(() => {
    let current = true
    setHistory(null)
    void (wholeCase ? convene().meetings.caseHistory(meetingId) : convene().meetings.history(meetingId)).then(
      (result) => {
        if (!current) return
        if (result.ok) setHistory(result.value)
        else setProblem(result.error.message)
      },
    )
    return () => {
      current = false
    }
  }, [meetingId, wholeCase])
  const shown = useMemo(() => {
    const wanted = filter.trim().toLocaleLowerCase('en-GB')
    return [...(entries ?? [])]
      .reverse()
      .filter((entry) => (routine || !entry.routine) && (!marksOnly || entry.mark !== null))
      .filter(
        (entry) =>
          wanted === '' ||
          `${entry.by ?? ''} ${entry.what} ${entry.meeting?.label ?? ''}`
            .toLocaleLowerCase('en-GB')
            .includes(wanted),
      )
  }, [entries, filter, marksOnly, routine])
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="history-title">
      <DialogTitle id="history-title">History of this meeting</DialogTitle>
      <DialogContent>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Every change kept in the meeting&apos;s journal, newest first. The journal is sealed and each change
          is chained to the one before, so none can be altered or taken out unnoticed.
        </Typography>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ mb: 2, alignItems: { sm: 'center' } }}
        >
          <TextField
            id="history-filter"
            label="Find in the history"
            size="small"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <FormControlLabel
            control={
              <Switch
                id="history-marks"
                checked={marksOnly}
                onChange={(event) => setMarksOnly(event.target.checked)}
              />
            }
            label="Sign-offs and corrections only"
          />
          <FormControlLabel
            control={
              <Switch
                id="history-routine"
                checked={routine}
                onChange={(event) => setRoutine(event.target.checked)}
              />
            }
            label="Show moving between sections"
          />
          <FormControlLabel
            control={
              <Switch
                id="history-case"
                checked={wholeCase}
                onChange={(event) => setWholeCase(event.target.checked)}
              />
            }
            label="Every meeting in this case"
          />
        </Stack>
        {problem && <Alert severity="error">{problem}</Alert>}
        {history !== null && history.damagedFrom !== null && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            The history could not be read from change {history.damagedFrom}: that change and those after it
            are missing here. The meeting itself opened as it was last saved. Ask whoever looks after Convene
            to run convene audit on the data folder.
          </Alert>
        )}
        {entries?.some((entry) => entry.fromFile) && (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            Changes marked ‘from a file’ were made on another laptop and came with the meeting. This laptop
            checked that they lead to the meeting it received; it cannot vouch for who made them, or when.
          </Typography>
        )}
        {entries && entries.length > 0 && (
          <Typography role="status" aria-live="polite" color="text.secondary" sx={{ mb: 1 }}>
            {shown.length === 0
              ? 'No change matches what you chose.'
              : `${shown.length} ${shown.length === 1 ? 'change' : 'changes'} shown.`}
          </Typography>
        )}
        <Stack
          component="ol"
          aria-label="Changes, newest first"
          spacing={1}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {shown.map((entry) => (
            <li key={`${entry.meeting?.id ?? ''}-${entry.seq}`}>
              <Typography component="span" sx={{ fontVariantNumeric: 'tabular-nums', mr: 1 }}>
                {formatBritishDateTime(new Date(entry.at))}
              </Typography>
              <Typography component="span">
                <bdi>{entry.by ?? 'Not named'}</bdi> {entry.what}
              </Typography>
              {entry.meeting && (
                <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
                  ({entry.meeting.label})
                </Typography>
              )}
              {entry.fromFile && <Chip size="small" variant="outlined" label="From a file" sx={{ ml: 1 }} />}
              {entry.mark === 'sign-off' && (
                <Chip size="small" color="success" label="Signed" sx={{ ml: 1 }} />
              )}
              {entry.mark === 'correction' && (
                <Chip size="small" color="warning" label="Correction" sx={{ ml: 1 }} />
              )}
            </li>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  )
}
