import { useCallback, useEffect, useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Autocomplete from '@mui/material/Autocomplete'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import { riskLevelLabels, riskLevels, type Concern, type RiskLevel } from '../../shared/case/safeguarding.ts'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import type { SafeguardingDue } from '../../shared/meeting/case-view.ts'
import {
  defaultSafeguardingContacts,
  type SafeguardingContacts,
} from '../../shared/settings/safeguarding-contacts.ts'
import { convene } from '../api/convene.ts'
import { useCase, usePausedSave } from '../case/use-case.ts'
import { useFileSaver } from '../common/save-files.tsx'
import { ChoiceGroup } from '../mediation/choice-group.tsx'
import { ConcernSteps } from './concern-steps.tsx'
import { takeTypedAhead } from './concern-opened.ts'

/**
 * The safeguarding flow, over whatever screen it was opened from (so nothing being typed there is lost):
 * what was said, the risk, and the steps for it, each recorded with its time in the case's journal. For the
 * mediator or chair alone. A new concern is raised, with its time, as the flow opens.
 */
export function ConcernFlow({
  caseId,
  concernId: given,
  meetingId,
  onClose,
}: {
  readonly caseId: string
  readonly concernId: string | null
  readonly meetingId: string | null
  readonly onClose: () => void
}) {
  const { view, problem: caseProblem, apply } = useCase(caseId)
  const [concernId, setConcernId] = useState<string | null>(given)
  const [due, setDue] = useState<ReadonlyArray<SafeguardingDue>>([])
  const [contacts, setContacts] = useState<SafeguardingContacts>(defaultSafeguardingContacts())
  const [problem, setProblem] = useState<string | null>(null)
  const files = useFileSaver()
  const raising = useRef(false)
  const [withdrawing, setWithdrawing] = useState(false)

  const refreshDue = useCallback(() => {
    void convene()
      .safeguarding.due()
      .then((result) => result.ok && setDue(result.value))
  }, [])
  const act = useCallback(
    async (command: CaseCommand) => {
      const result = await apply(command)
      setProblem(result.ok ? null : result.error.message)
      refreshDue()
      return result
    },
    [apply, refreshDue],
  )
  useEffect(() => {
    void convene()
      .settings.get()
      .then((result) => result.ok && setContacts(result.value.safeguardingContacts))
    refreshDue()
    const timer = setInterval(refreshDue, 60_000)
    return () => clearInterval(timer)
  }, [refreshDue])
  // The concern is raised as the flow opens (its time is the disclosure's, for its deadlines: never an
  // older one taken up again). A raise that fails (a full disk) leaves the fields to type in and offers to
  // try again; what is typed stays on screen.
  const [raiseTries, setRaiseTries] = useState(0)
  useEffect(() => {
    if (concernId !== null || raising.current) return
    raising.current = true
    const id = crypto.randomUUID()
    void act({ type: 'raise-concern', concernId: id, meetingId }).then((result) => {
      raising.current = false
      if (result.ok) setConcernId(id)
    })
  }, [concernId, act, meetingId, raiseTries])
  // What has been typed in 'what was said', recorded or not: a flow closed with nothing in it was opened by
  // mistake, and is withdrawn so that it asks nothing more of anyone.
  const typedWords = useRef('')
  const close = (): void => {
    const opened = view?.record.concerns.find((each) => each.id === concernId)
    if (opened && opened.disclosure === null && opened.withdrawn === null && typedWords.current.trim() === '')
      void act({
        type: 'withdraw-concern',
        concernId: opened.id,
        reason: 'Closed before anything was recorded',
      })
    onClose()
  }

  const concern = view?.record.concerns.find((each) => each.id === concernId) ?? null
  const letter = async (): Promise<string | null> => {
    if (!concernId) return null
    const result = await convene().safeguarding.letter(caseId, concernId)
    if (!result.ok) return result.error.message
    const saved = await files.save([result.value])
    return saved.ok ? null : saved.error.message
  }
  return (
    // Closed only by its button: Escape in a field must never throw away what was being recorded.
    <Dialog open fullScreen aria-labelledby="concern-title">
      <DialogTitle id="concern-title" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Box sx={{ flex: 1 }}>
          Safeguarding concern{view ? `: the ${view.familyName} family` : ''}
          {concern && (
            <Typography color="text.secondary">
              Raised at {formatBritishDateTime(new Date(concern.raisedAt))}. For you alone: never in anything
              a parent or the administrator receives.
            </Typography>
          )}
        </Box>
        {concern && concern.withdrawn === null && Object.keys(concern.steps).length === 0 && (
          <Button
            color="inherit"
            onClick={() => setWithdrawing(true)}
            id="concern-withdraw"
            aria-haspopup="dialog"
          >
            Raised by mistake…
          </Button>
        )}
        <Button variant="outlined" onClick={close} id="concern-close">
          Back to where you were
        </Button>
      </DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 3, maxWidth: 1100, alignContent: 'start' }}>
        <Alert severity="error" variant="filled" id="no-tip-off">
          <AlertTitle>Do not tip off the parents</AlertTitle>
          Where telling them could put the child at risk, say nothing of a referral to either parent.
        </Alert>
        {(caseProblem ?? problem) && (
          <Alert
            severity="error"
            action={
              concernId === null && view ? (
                <Button color="inherit" onClick={() => setRaiseTries((tries) => tries + 1)}>
                  Try again
                </Button>
              ) : undefined
            }
          >
            {caseProblem ?? problem} Keep what was said on screen (or on paper) and follow your procedure.
          </Alert>
        )}
        {files.notice}
        {concern?.withdrawn && (
          <Alert severity="info" role="status">
            Withdrawn at {formatBritishDateTime(new Date(concern.withdrawn.at))}: {concern.withdrawn.reason}.
            It asks nothing more; the case’s record keeps that it was raised and withdrawn.
          </Alert>
        )}
        {withdrawing && concern && (
          <WithdrawConcern
            onCancel={() => setWithdrawing(false)}
            onWithdraw={async (reason) => {
              const result = await act({ type: 'withdraw-concern', concernId: concern.id, reason })
              if (result.ok) {
                setWithdrawing(false)
                onClose()
              }
            }}
          />
        )}
        {/* One and the same field whether or not the concern has been raised yet: what a fast typist puts in
            it before then stays in it, and is recorded as soon as the concern is. */}
        {/* A new concern's field is there at once (a mediator types straight away); one reopened waits for
            the case, so it shows what was recorded, never an empty field that would save over it. */}
        {!concern?.withdrawn && (view || given === null) && (
          <Disclosure
            concern={concern}
            act={act}
            childNames={view?.childNames ?? []}
            typedWords={typedWords}
          />
        )}
        {concern && !concern.withdrawn && (
          <>
            {concern.disclosure && <Assessment concern={concern} act={act} />}
            {concern.assessment && (
              <Paper sx={{ p: 3 }}>
                <ConcernSteps
                  concern={concern}
                  due={due.filter((item) => item.concernId === concern.id)}
                  contacts={contacts}
                  apply={act}
                  onLetter={letter}
                  family={view?.family ?? 'mediation'}
                />
              </Paper>
            )}
          </>
        )}
      </DialogContent>
    </Dialog>
  )
}

/** Asks why a concern raised by mistake is withdrawn, before it is (the journal keeps both). */
function WithdrawConcern({
  onCancel,
  onWithdraw,
}: {
  readonly onCancel: () => void
  readonly onWithdraw: (reason: string) => Promise<void>
}) {
  const [reason, setReason] = useState('Raised by mistake')
  return (
    <Dialog open onClose={onCancel} aria-labelledby="withdraw-concern-title">
      <DialogTitle id="withdraw-concern-title">Withdraw this concern?</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Typography>
          Only for a concern raised by mistake, before any step was taken. The case’s record keeps that it was
          raised and withdrawn, with your reason. If something was said, record it instead, and judge the
          risk.
        </Typography>
        <TextField
          id="withdraw-reason"
          label="Why"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep it</Button>
        <Button color="error" variant="contained" onClick={() => void onWithdraw(reason)}>
          Withdraw it
        </Button>
      </DialogActions>
    </Dialog>
  )
}

/** Letters and the marks that make them up (a Hindi word's vowel signs are marks). */
const letters = (text: string): number => (text.match(/[\p{L}\p{M}]/gu) ?? []).length

type Act = (command: CaseCommand) => Promise<{ readonly ok: boolean }>
type ConcernProps = { readonly concern: Concern; readonly act: Act }
type DisclosureProps = {
  readonly concern: Concern | null
  readonly act: Act
  /** The case's children, offered for 'About which child' (any name can still be typed). */
  readonly childNames: ReadonlyArray<string>
  /** Kept up to date with what is typed in 'what was said', for the flow to know when it closes. */
  readonly typedWords?: { current: string }
}

/**
 * 1. What was said or seen, in the person's own words, who said it, about which child: kept as it is
 * typed (when the typing pauses, and when the flow is closed), so nothing typed here is ever lost.
 */
function Disclosure({ concern, act, childNames, typedWords }: DisclosureProps) {
  // What was typed as the flow opened, before this field was there to take it, comes first.
  const [words, setWords] = useState(() => (concern?.disclosure?.words ?? '') + takeTypedAhead())
  const [saidBy, setSaidBy] = useState(concern?.disclosure?.saidBy ?? '')
  const [aboutChild, setAboutChild] = useState(concern?.disclosure?.aboutChild ?? '')
  const latest = useRef({ words, saidBy, aboutChild })
  latest.current = { words, saidBy, aboutChild }
  if (typedWords) typedWords.current = words
  // Typed and not yet sent: sent when the typing pauses, on leaving a field or the flow, on Record, and as
  // soon as the concern is raised if it was typed before (a fast typist is ahead of the first save).
  const dirty = useRef(words !== (concern?.disclosure?.words ?? ''))
  const record = useCallback(() => {
    const typed = latest.current
    if (!concern || !dirty.current || letters(typed.words) < 3) return
    dirty.current = false
    void act({ type: 'record-disclosure', concernId: concern.id, ...typed }).then((result) => {
      if (!result.ok) dirty.current = true
    })
  }, [act, concern])
  // What was recorded, put in the fields once, when it first comes (a concern reopened before its case had
  // loaded), and only into fields still empty: never over anything typed, which is newer (and a later
  // answer from main must not take back a keystroke typed while it was on its way).
  const recorded = concern?.disclosure ?? null
  const filled = useRef(recorded !== null)
  useEffect(() => {
    if (!recorded || filled.current) return
    filled.current = true
    const typed = latest.current
    if (dirty.current || typed.words !== '' || typed.saidBy !== '' || typed.aboutChild !== '') return
    setWords(recorded.words)
    setSaidBy(recorded.saidBy)
    setAboutChild(recorded.aboutChild)
  }, [recorded])
  const [tooShort, setTooShort] = useState(false)
  const concernId = concern?.id
  useEffect(() => {
    if (concernId) record()
  }, [concernId, record])
  const { typed, flush } = usePausedSave(record, 1500, 2000)
  const change =
    (set: (text: string) => void) => (event: { readonly target: { readonly value: string } }) => {
      set(event.target.value)
      dirty.current = true
      typed('')
    }
  return (
    <Paper component="section" aria-labelledby="disclosure-heading" sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h2" id="disclosure-heading">
        1. What was said or seen
      </Typography>
      <TextField
        id="disclosure-words"
        label="In the person’s own words"
        multiline
        minRows={3}
        value={words}
        onChange={change(setWords)}
        onBlur={flush}
        autoFocus
        slotProps={{ htmlInput: { maxLength: 100_000 } }}
        error={tooShort}
        helperText={tooShort ? 'Write what was said or seen, in the person’s own words.' : undefined}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <TextField
          id="disclosure-said-by"
          label="Who said it"
          value={saidBy}
          onChange={change(setSaidBy)}
          onBlur={flush}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <Autocomplete
          id="disclosure-child"
          freeSolo
          options={childNames}
          inputValue={aboutChild}
          // Never emptied by the field resetting itself (as it mounts): only by the mediator.
          onInputChange={(_event, text, reason) => {
            if (reason !== 'reset' || text !== '') change(setAboutChild)({ target: { value: text } })
          }}
          onBlur={flush}
          renderInput={(params) => (
            <TextField
              {...params}
              label="About which child"
              slotProps={{
                ...params.slotProps,
                htmlInput: { ...params.slotProps.htmlInput, maxLength: 500 },
              }}
            />
          )}
        />
      </Box>
      <Box>
        <Button
          variant="contained"
          disabled={!concern}
          onClick={() => {
            setTooShort(letters(latest.current.words) < 3)
            dirty.current = true
            record()
          }}
        >
          Record what was said
        </Button>
        {concern?.disclosure && (
          <Typography component="span" role="status" sx={{ ml: 2 }}>
            Recorded at {formatBritishDateTime(new Date(concern.disclosure.at))}
          </Typography>
        )}
      </Box>
    </Paper>
  )
}

/** 2. The mediator's assessment of the risk: the level, and a reason (required below the threshold). */
function Assessment({ concern, act }: ConcernProps) {
  const [level, setLevel] = useState<RiskLevel | null>(concern.assessment?.level ?? null)
  const [reason, setReason] = useState(concern.assessment?.reason ?? '')
  return (
    <Paper component="section" aria-labelledby="assessment-heading" sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h2" id="assessment-heading">
        2. Your assessment of the risk
      </Typography>
      <ChoiceGroup
        id="risk-level"
        label="The child is at risk of"
        value={level}
        options={riskLevels.map((each) => [each, riskLevelLabels[each]] as const)}
        onChange={setLevel}
      />
      <TextField
        id="risk-reason"
        label={level === 'below' ? 'Your reason (needed)' : 'Your reason'}
        multiline
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Box>
        <Button
          variant="contained"
          disabled={level === null}
          onClick={() => level && void act({ type: 'assess-risk', concernId: concern.id, level, reason })}
        >
          {concern.assessment ? 'Record it again, changed' : 'Record the assessment'}
        </Button>
        {concern.assessment && (
          <Typography component="span" role="status" sx={{ ml: 2 }}>
            {riskLevelLabels[concern.assessment.level]}, recorded at{' '}
            {formatBritishDateTime(new Date(concern.assessment.at))}
          </Typography>
        )}
      </Box>
    </Paper>
  )
}
