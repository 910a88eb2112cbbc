import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import DialogContentText from '@mui/material/DialogContentText'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import {
  miamOutcomeStatements,
  safeguardLabels,
  safeguards,
  type MiamOutcome,
} from '../../shared/kinds/mediation/miam.ts'
import { miamReadiness } from '../../shared/kinds/mediation/miam-rules.ts'
import { suggestTriage } from '../../shared/kinds/mediation/screening.ts'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useListToggle } from '../common/use-list-toggle.ts'
import { useMiam } from './use-miam.ts'
import { ChoiceGroup } from './choice-group.tsx'
import { CloseAndSign } from './close-and-sign.tsx'
import { SavedCheckbox } from './saved-checkbox.tsx'

/** Brings the field an item of the checklist names into view and to the keyboard. */
function goTo(anchor: string): void {
  const target = document.getElementById(anchor)
  target?.scrollIntoView({ block: 'center' })
  const field = target?.matches('input, textarea, button')
    ? target
    : target?.querySelector<HTMLElement>('input, textarea, button')
  field?.focus()
}

/** The mediator's decision: suitable or not, the reason, and the safeguards or the services referred to. */
export function MiamDecision() {
  const { miam, send } = useMiam()
  const decision = miam.decision
  const [chosen, toggleSafeguard] = useListToggle(
    decision.safeguards,
    (next) => void send({ type: 'decide-suitability', patch: { safeguards: [...next] } }),
    safeguards,
  )
  return (
    <Paper component="section" aria-labelledby="miam-decision-heading" sx={{ p: 3 }} id="miam-decision">
      <Typography variant="h2" id="miam-decision-heading" sx={{ mb: 2 }}>
        Your decision
      </Typography>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <ChoiceGroup
          id="miam-suitability"
          label="Is mediation suitable?"
          value={decision.suitability}
          options={[
            ['suitable', 'Suitable'],
            ['not-suitable', 'Not suitable'],
          ]}
          onChange={(suitability) => void send({ type: 'decide-suitability', patch: { suitability } })}
        />
        <SavedTextField
          id="miam-reason"
          label="Your reason"
          required
          multiline
          minRows={2}
          saved={decision.reason}
          helperText="For you alone: never in the outcome a parent receives"
          onSave={(reason) => void send({ type: 'decide-suitability', patch: { reason } }, 'miam-reason')}
        />
        {decision.suitability === 'suitable' && (
          <Box role="group" aria-labelledby="miam-safeguards-label">
            <Typography id="miam-safeguards-label" sx={{ fontWeight: 600 }}>
              Safeguards for the sessions
            </Typography>
            {safeguards.map((safeguard) => (
              <SavedCheckbox
                key={safeguard}
                label={safeguardLabels[safeguard]}
                checked={chosen.includes(safeguard)}
                onChange={(checked) => toggleSafeguard(safeguard, checked)}
              />
            ))}
          </Box>
        )}
        {decision.suitability === 'not-suitable' && (
          <SavedTextField
            id="miam-referred-to"
            label="Services you referred the parent to"
            multiline
            minRows={2}
            saved={decision.referredTo}
            helperText="For example a domestic abuse service, or the family hub"
            onSave={(referredTo) =>
              void send({ type: 'decide-suitability', patch: { referredTo } }, 'miam-referred-to')
            }
          />
        )}
      </Box>
    </Paper>
  )
}

/**
 * Closing the MIAM: what is still missing, the outcome in the court form's terms, and, once closed, the
 * signed outcome the parent can give a court.
 */
export function CloseMiam() {
  const { meeting, miam, send } = useMiam()
  const missing = miamReadiness(meeting)
  const [outcome, setOutcome] = useState<MiamOutcome | null>(null)
  const [refusal, setRefusal] = useState<{ readonly message: string; readonly missing: string } | null>(null)
  // A refusal stands while what it was about stands: once the missing items change, it is out of date.
  const missingNow = missing.map((item) => item.id).join(' ')
  const problem = refusal !== null && refusal.missing === missingNow ? refusal.message : null
  const setProblem = (message: string | null) =>
    setRefusal(message === null ? null : { message, missing: missingNow })
  const chosen: MiamOutcome | null =
    outcome ??
    (miam.decision.suitability === 'suitable'
      ? 'going-ahead'
      : miam.decision.suitability === 'not-suitable'
        ? 'not-suitable'
        : null)
  return (
    <CloseAndSign
      meetingId={meeting.id}
      headingId="miam-close-heading"
      titles={{ open: 'Close the MIAM', closed: 'MIAM closed' }}
      closed={
        miam.closed
          ? {
              at: miam.closed.at,
              summary: miam.outcome && `The outcome: the parent ${miamOutcomeStatements[miam.outcome]}`,
            }
          : null
      }
      downloadLabel="Download the MIAM outcome (signed Word document)"
      problem={problem}
      onProblem={setProblem}
      openLabel="Close the MIAM and sign its outcome…"
      canOpen={chosen !== null}
      dialog={{
        id: 'close-miam-title',
        title: 'Close the MIAM?',
        confirmLabel: 'Close the MIAM',
        body: (
          <>
            {chosen === 'going-ahead' &&
              suggestTriage(miam.questionSet, miam.answers, miam.facts).suggestion === 'not-suitable' && (
                <Alert severity="warning" sx={{ mb: 2 }}>
                  The screening suggested that mediation is not suitable. Going ahead is your decision: make
                  sure your reason says why it is safe, and which safeguards are in place.
                </Alert>
              )}
            <DialogContentText>
              The outcome will read: the parent {chosen ? miamOutcomeStatements[chosen] : ''} Once closed, the
              MIAM cannot be changed, and its outcome is signed with your certificate when you download it.
            </DialogContentText>
          </>
        ),
      }}
      onConfirm={async () => {
        if (chosen === null) return null
        const result = await send({ type: 'close-miam', outcome: chosen })
        return result.ok ? null : result.error.message
      }}
    >
      {missing.length > 0 && outcome !== 'other-did-not-attend' && (
        <>
          <Typography role="status" sx={{ mb: 1 }}>
            {missing.length === 1 ? '1 thing is' : `${missing.length} things are`} missing before you can
            close it:
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, mt: 0, mb: 2 }}>
            {missing.map((item) => (
              <li key={item.id}>
                <Link
                  component="button"
                  type="button"
                  onClick={() => goTo(item.fix.anchor)}
                  sx={{ textAlign: 'left' }}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </Box>
        </>
      )}
      <ChoiceGroup
        id="miam-outcome"
        label="The outcome, for a court application"
        value={chosen}
        options={[
          ['going-ahead', 'Attended: mediation is going ahead'],
          ['not-suitable', 'Attended: mediation is not suitable'],
          ['other-did-not-attend', 'Attended: the other party did not attend a MIAM'],
        ]}
        onChange={setOutcome}
      />
    </CloseAndSign>
  )
}
