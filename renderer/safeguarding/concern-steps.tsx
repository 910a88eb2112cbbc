import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import {
  concernStepLabels,
  stepsFor,
  type Concern,
  type ConcernStep,
  type RecordedStep,
  type StepOutcome,
} from '../../shared/case/safeguarding.ts'
import { formatBritishDate, formatBritishDateTime, ukDateOf } from '../../shared/dates/british-date.ts'
import type { SafeguardingDue } from '../../shared/meeting/case-view.ts'
import {
  contactFor,
  contactRoleLabels,
  type ContactRole,
  type SafeguardingContacts,
} from '../../shared/settings/safeguarding-contacts.ts'
import { BritishDateField } from '../common/british-date-field.tsx'

/** The contacts each step needs, shown beside it. */
const contactsFor: Partial<Record<ConcernStep, ReadonlyArray<ContactRole>>> = {
  'duty-team': ['duty-team', 'out-of-hours'],
  'mediator-referral': ['duty-team', 'out-of-hours'],
  police: ['emergency', 'police-child-protection'],
  supervisor: ['supervisor'],
}

/** The ways each step can be recorded, with their buttons' words. */
const choices: Readonly<Record<ConcernStep, ReadonlyArray<readonly [StepOutcome, string]>>> = {
  'duty-team': [['done', 'Done: I contacted the duty team']],
  police: [
    ['done', 'Done: I called the police'],
    ['not-needed', 'Not needed: no crime is about to be committed'],
  ],
  'no-tip-off': [['done', 'I will not tell the parents']],
  'self-referral': [
    ['offered', 'I offered it'],
    ['parent-referred', 'The parent has referred themselves'],
    ['parent-declined', 'The parent will not'],
  ],
  'mediator-referral': [
    ['done', 'Done: I referred by telephone'],
    ['not-needed', 'Not needed: the parent referred themselves'],
  ],
  supervisor: [['done', 'Done: I spoke to them']],
  'written-follow-up': [
    ['done', 'Done: I sent it'],
    ['not-needed', 'Not needed: no telephone referral'],
  ],
  'end-mediation': [
    ['ended', 'End the mediation'],
    ['suspended', 'Suspend the mediation'],
  ],
}

const outcomeWords: Readonly<Record<StepOutcome, string>> = {
  done: 'Done',
  'not-needed': 'Not needed',
  offered: 'Offered',
  'parent-referred': 'The parent referred themselves',
  'parent-declined': 'The parent will not refer themselves',
  ended: 'Mediation ended',
  suspended: 'Mediation suspended',
}

/**
 * The steps for the risk assessed, in order, each recorded with its time (and a short note: whom you spoke
 * to); what is due, and by when, above them; each step's contacts beside it.
 */
export function ConcernSteps({
  concern,
  due,
  contacts,
  apply,
  onLetter,
  family,
}: {
  readonly concern: Concern
  /** The case's family: a conference's chair has no self-referral to offer and no mediation to end. */
  readonly family: string
  readonly due: ReadonlyArray<SafeguardingDue>
  readonly contacts: SafeguardingContacts
  readonly apply: (
    command: CaseCommand,
  ) => Promise<{ readonly ok: boolean; readonly error?: { readonly message: string } }>
  readonly onLetter: () => Promise<string | null>
}) {
  const level = concern.assessment?.level
  const [notes, setNotes] = useState<Partial<Record<ConcernStep, string>>>({})
  const [on, setOn] = useState<string | null>(ukDateOf(new Date()))
  const [problem, setProblem] = useState<string | null>(null)
  // Steps recorded are shown as recorded; their buttons come back only when the mediator asks to change one.
  const [changing, setChanging] = useState<ReadonlySet<ConcernStep>>(new Set())
  // One step recorded at a time (a double click records it once, and says nothing wrong); the last one
  // tried is tried again from the message if it could not be saved (a full disk).
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState<readonly [ConcernStep, StepOutcome] | null>(null)
  const [confirming, setConfirming] = useState<StepOutcome | null>(null)
  if (!level) return null
  const record = async (step: ConcernStep, outcome: StepOutcome) => {
    if (busy) return
    setBusy(true)
    const result = await apply({
      type: 'record-step',
      concernId: concern.id,
      step,
      outcome,
      note: notes[step] ?? '',
      ...(step === 'end-mediation' && on ? { on } : {}),
    })
    setBusy(false)
    setProblem(result.ok ? null : (result.error?.message ?? null))
    setFailed(result.ok ? null : [step, outcome])
    if (result.ok) {
      setChanging((before) => new Set([...before].filter((each) => each !== step)))
      setNotes((before) => ({ ...before, [step]: '' }))
    }
  }
  return (
    <Box component="section" aria-labelledby="concern-steps-heading">
      <Typography variant="h2" id="concern-steps-heading" sx={{ mb: 1 }}>
        3. What to do now
      </Typography>
      {due.length > 0 && (
        <Box role="status" id="concern-due" sx={{ mb: 2, display: 'grid', gap: 1 }}>
          {due.map((item) => (
            <Alert key={`${item.step}-${item.due}`} severity={item.passed ? 'error' : 'warning'}>
              {item.passed && !item.now ? 'The time has passed. ' : ''}
              {item.label}
              {!item.now && !item.label.includes(' by ')
                ? ` (by ${formatBritishDateTime(new Date(item.due))})`
                : ''}
            </Alert>
          ))}
        </Box>
      )}
      <Box component="ol" sx={{ pl: 3, display: 'grid', gap: 2 }}>
        {stepsFor(level, family).map((step) => {
          const recorded = concern.steps[step]
          return (
            <li key={step} id={`concern-step-${step}`}>
              <Typography sx={{ fontWeight: 600 }} id={`concern-step-${step}-label`}>
                {concernStepLabels[step]}
              </Typography>
              {(contactsFor[step] ?? []).map((role) => {
                const contact = contactFor(contacts, role)
                return (
                  <Typography key={role} color={contact.phone ? 'text.primary' : 'warning.dark'}>
                    {contactRoleLabels[role]}:{' '}
                    {contact.phone ? (
                      <strong>{contact.phone}</strong>
                    ) : (
                      'not in Settings yet (Settings, Safeguarding contacts)'
                    )}
                    {contact.hours ? ` (${contact.hours})` : ''}
                  </Typography>
                )
              })}
              {recorded && (
                <Typography role="status" sx={{ color: 'success.dark' }}>
                  {outcomeWords[recorded.outcome]} at {formatBritishDateTime(new Date(recorded.at))}
                  {recorded.note ? ` (${recorded.note})` : ''}
                </Typography>
              )}
              {step === 'written-follow-up' && (
                <Button
                  variant="outlined"
                  sx={{ my: 1 }}
                  onClick={() => void onLetter().then((message) => setProblem(message))}
                >
                  Download the written follow-up (signed Word letter)
                </Button>
              )}
              {settled(step, recorded) && !changing.has(step) && !due.some((item) => item.step === step) ? (
                <Button
                  size="small"
                  aria-describedby={`concern-step-${step}-label`}
                  onClick={() => setChanging((before) => new Set([...before, step]))}
                >
                  Record a change
                </Button>
              ) : (
                <>
                  {step === 'end-mediation' && (
                    <BritishDateField id="concern-end-on" label="From" value={on} onChange={setOn} />
                  )}
                  {step !== 'no-tip-off' && (
                    <TextField
                      id={`concern-note-${step}`}
                      label="Note: whom you spoke to, a reference"
                      size="small"
                      value={notes[step] ?? ''}
                      onChange={(event) => setNotes({ ...notes, [step]: event.target.value })}
                      slotProps={{ htmlInput: { maxLength: 500 } }}
                      sx={{ display: 'block', my: 1, maxWidth: 520 }}
                      fullWidth
                    />
                  )}
                  <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                    {choices[step]
                      .filter(([outcome]) => outcome !== recorded?.outcome)
                      .map(([outcome, label]) => (
                        <Button
                          key={outcome}
                          variant="outlined"
                          disabled={busy}
                          onClick={() =>
                            step === 'end-mediation' ? setConfirming(outcome) : void record(step, outcome)
                          }
                        >
                          {label}
                        </Button>
                      ))}
                  </Stack>
                </>
              )}
            </li>
          )
        })}
      </Box>
      {level === 'below' && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {family === 'mediation'
            ? 'Below the threshold, the mediation can carry on once you have spoken to your supervisor. Keep your reason recorded above; if anything more is said, raise a new concern.'
            : 'Below the threshold, no referral is made. Keep your reason recorded above; if anything more is said, raise a new concern.'}
        </Alert>
      )}
      <OtherContacts contacts={contacts} />
      {problem && (
        <Alert
          severity="error"
          sx={{ mt: 2 }}
          action={
            failed ? (
              <Button color="inherit" disabled={busy} onClick={() => void record(...failed)}>
                Try again
              </Button>
            ) : undefined
          }
        >
          {problem}
        </Alert>
      )}
      {confirming && (
        <Dialog open onClose={() => setConfirming(null)} aria-labelledby="end-mediation-title">
          <DialogTitle id="end-mediation-title">
            {confirming === 'ended' ? 'End the mediation?' : 'Suspend the mediation?'}
          </DialogTitle>
          <DialogContent>
            <Typography>
              {confirming === 'ended' ? 'From' : 'Suspended from'} {on ? formatBritishDate(on) : 'today'}, no
              mediation session can be arranged in this case
              {confirming === 'ended' ? '. This cannot be undone.' : ' until it is resumed.'}
            </Typography>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(null)}>Not now</Button>
            <Button
              color="error"
              variant="contained"
              onClick={() => {
                const outcome = confirming
                setConfirming(null)
                void record('end-mediation', outcome)
              }}
            >
              {confirming === 'ended' ? 'End the mediation' : 'Suspend the mediation'}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  )
}

/**
 * A step recorded as far as it goes (and not owed again: a follow-up 'not needed', then a call after all):
 * its buttons are put away (an offer of self-referral still waits to
 * hear whether the parent did).
 */
const settled = (step: ConcernStep, recorded: RecordedStep | undefined): boolean =>
  recorded !== undefined && !(step === 'self-referral' && recorded.outcome === 'offered')

/** The numbers no one step needs but a mediator may (advice, a child who wants to talk): always in view. */
function OtherContacts({ contacts }: { readonly contacts: SafeguardingContacts }) {
  const roles: ReadonlyArray<ContactRole> = ['nspcc', 'childline', 'safeguarding-partnership']
  return (
    <Box component="section" aria-labelledby="other-contacts-heading" sx={{ mt: 3 }}>
      <Typography variant="h3" id="other-contacts-heading" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        Other numbers
      </Typography>
      <Box component="ul" sx={{ pl: 3, my: 1 }}>
        {roles.map((role) => {
          const contact = contactFor(contacts, role)
          return (
            <li key={role}>
              {contactRoleLabels[role]}:{' '}
              {contact.phone ? <strong>{contact.phone}</strong> : 'not in Settings yet'}
              {contact.hours ? ` (${contact.hours})` : ''}
            </li>
          )
        })}
      </Box>
    </Box>
  )
}
