import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { sessionReadiness } from '../../shared/kinds/mediation/session-commands.ts'
import {
  blankSession,
  planPartLabels,
  planParts,
  sessionOutcomeLabels,
  sessionOutcomes,
  type SessionOutcome,
} from '../../shared/kinds/mediation/session.ts'
import { isMediation } from '../../shared/meeting/meeting.ts'
import { convene } from '../api/convene.ts'
import { useFileSaver } from '../common/save-files.tsx'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { ChoiceGroup } from './choice-group.tsx'

/** The open session and its plan (blank until the first change). */
function useSession() {
  const context = useMeetingContext()
  const meeting = context.meeting
  if (!isMediation(meeting) || meeting.kind !== 'mediation-session')
    throw new Error('A session part shown for a meeting that is not a mediation session')
  return { ...context, meeting, session: meeting.record.session ?? blankSession() }
}

/**
 * What the parents take away from a session: the parenting plan in their words, part by part, and how the
 * session ended; closing it signs the plan (or the record that none was reached), one copy for each parent.
 */
export function AgreementTab() {
  const { meeting, session, send } = useSession()
  const closed = session.closed !== null
  const [outcome, setOutcome] = useState<SessionOutcome | null>(session.outcome)
  const [confirming, setConfirming] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const files = useFileSaver()
  const missing = sessionReadiness(meeting, outcome)
  const close = async (): Promise<void> => {
    if (outcome === null) return
    const result = await send({ type: 'close-session', outcome })
    setConfirming(false)
    setProblem(result.ok ? null : result.error.message)
  }
  const download = async (): Promise<void> => {
    const result = await convene().meetings.exportDocuments(meeting.id, null)
    if (!result.ok) return setProblem(result.error.message)
    const saved = await files.save(result.value)
    setProblem(saved.ok ? null : saved.error.message)
  }
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Paper component="section" aria-labelledby="plan-heading" sx={{ p: 3 }}>
        <Typography variant="h2" id="plan-heading" sx={{ mb: 1 }}>
          The parenting plan
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          In the parents’ own words: what they agree for the children. Both parents get a copy; it is theirs
          to share. Leave out what they did not agree.
        </Typography>
        <Box
          component="fieldset"
          disabled={closed}
          aria-disabled={closed || undefined}
          sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 2 }}
        >
          {planParts.map((part) => (
            <SavedTextField
              key={part}
              id={`plan-${part}`}
              label={planPartLabels[part]}
              multiline
              minRows={2}
              saved={session.plan[part]}
              onSave={(words) =>
                void send({ type: 'update-parenting-plan', patch: { [part]: words } }, `plan-${part}`)
              }
            />
          ))}
        </Box>
      </Paper>
      <Paper component="section" aria-labelledby="session-close-heading" sx={{ p: 3 }}>
        <Typography variant="h2" id="session-close-heading" sx={{ mb: 2 }}>
          {closed ? 'Session closed' : 'Close the session'}
        </Typography>
        {problem && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        {files.notice}
        {closed && session.closed ? (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>
              Closed on {formatBritishDateTime(new Date(session.closed.at))}.{' '}
              {session.outcome && sessionOutcomeLabels[session.outcome]}.
            </Alert>
            <Button variant="contained" onClick={() => void download()}>
              Download each parent’s copy (signed Word documents)
            </Button>
          </>
        ) : (
          <>
            <ChoiceGroup
              id="session-outcome"
              label="How did the session end?"
              value={outcome}
              options={sessionOutcomes.map((value) => [value, sessionOutcomeLabels[value]] as const)}
              onChange={setOutcome}
            />
            {missing.length > 0 && (
              <Box component="ul" role="status" sx={{ pl: 2.5, mb: 2 }}>
                {missing.map((item) => (
                  <li key={item.id}>{item.label}</li>
                ))}
              </Box>
            )}
            <Box sx={{ mt: 2 }}>
              <Button variant="contained" disabled={missing.length > 0} onClick={() => setConfirming(true)}>
                Close the session and sign the plan…
              </Button>
            </Box>
          </>
        )}
        <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="close-session-title">
          <DialogTitle id="close-session-title">Close the session?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              {outcome ? sessionOutcomeLabels[outcome] : ''}. Once closed, the plan cannot be changed; each
              parent’s copy is signed with your certificate when you download it.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
            <Button variant="contained" onClick={() => void close()}>
              Close the session
            </Button>
          </DialogActions>
        </Dialog>
      </Paper>
    </Box>
  )
}
