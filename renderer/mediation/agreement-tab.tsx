import Box from '@mui/material/Box'
import DialogContentText from '@mui/material/DialogContentText'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { sessionReadiness } from '../../shared/kinds/mediation/session-commands.ts'
import {
  planPartLabels,
  planParts,
  sessionOutcomeLabels,
  sessionOutcomes,
  type SessionOutcome,
} from '../../shared/kinds/mediation/session.ts'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useSession } from './use-session.ts'
import { AgreementToMediate } from './agreement-to-mediate.tsx'
import { ChildConsultation, SessionFormat } from './session-setup.tsx'
import { ChoiceGroup } from './choice-group.tsx'
import { CloseAndSign } from './close-and-sign.tsx'

/**
 * What the parents take away from a session: the parenting plan in their words, part by part, and how the
 * session ended; closing it signs the plan (or the record that none was reached), one copy for each parent.
 */
export function AgreementTab() {
  const { meeting, session, send } = useSession()
  const closed = session.closed !== null
  const [outcome, setOutcome] = useState<SessionOutcome | null>(session.outcome)
  const [problem, setProblem] = useState<string | null>(null)
  const missing = sessionReadiness(meeting, outcome)
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <SessionFormat />
      <AgreementToMediate />
      <ChildConsultation />
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
              saved={session.plan[part] ?? ''}
              onSave={(words) =>
                void send({ type: 'update-parenting-plan', patch: { [part]: words } }, `plan-${part}`)
              }
            />
          ))}
        </Box>
      </Paper>
      <CloseAndSign
        meetingId={meeting.id}
        headingId="session-close-heading"
        titles={{ open: 'Close the session', closed: 'Session closed' }}
        closed={
          session.closed
            ? {
                at: session.closed.at,
                summary: session.outcome && `${sessionOutcomeLabels[session.outcome]}.`,
              }
            : null
        }
        downloadLabel="Download each parent’s copy (signed Word documents)"
        problem={problem}
        onProblem={setProblem}
        openLabel="Close the session and sign the plan…"
        canOpen={missing.length === 0}
        dialog={{
          id: 'close-session-title',
          title: 'Close the session?',
          confirmLabel: 'Close the session',
          body: (
            <DialogContentText>
              {outcome ? sessionOutcomeLabels[outcome] : ''}. Once closed, the plan cannot be changed; each
              parent’s copy is signed with your certificate when you download it.
            </DialogContentText>
          ),
        }}
        onConfirm={async () => {
          if (outcome === null) return null
          const result = await send({ type: 'close-session', outcome })
          return result.ok ? null : result.error.message
        }}
      >
        <ChoiceGroup
          id="session-outcome"
          label="How did the session end?"
          value={outcome}
          options={sessionOutcomes.map((value) => [value, sessionOutcomeLabels[value]] as const)}
          onChange={setOutcome}
        />
        {missing.length > 0 && (
          <Box role="status">
            <Box component="ul" sx={{ pl: 2.5, mb: 2 }}>
              {missing.map((item) => (
                <li key={item.id}>{item.label}</li>
              ))}
            </Box>
          </Box>
        )}
      </CloseAndSign>
    </Box>
  )
}
