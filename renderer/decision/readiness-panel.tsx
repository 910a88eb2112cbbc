import { useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { formatBritishDateTime, ukDateOf } from '../../shared/dates/british-date.ts'
import { signingProblem } from '../../shared/rules/plausible.ts'
import type { ReadinessItem } from '../../shared/kinds/conference/rules/readiness.ts'
import type { Route } from '../app/router.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { convene } from '../api/convene.ts'
import type { IdentitySummary, SignatureMark } from '../../shared/model/identity.ts'
import { SignaturePad } from '../signing/signature-pad.tsx'
import { CertificateChooser } from '../signing/certificate-chooser.tsx'
import { SignedVersions } from '../signing/signed-versions.tsx'
import { useFileSaver } from '../common/save-files.tsx'
import { WithNamesIsolated } from '../common/names.tsx'
import { offersDocuments } from '../../shared/kinds/offers.ts'
import { withFullStop } from '../../shared/text/sentences.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

type Props = {
  readonly items: ReadonlyArray<ReadinessItem>
  readonly navigate: (route: Route) => void
}

/**
 * Brings an element into view and puts the focus on it (or on the first field inside it). Another tab, or
 * another section of the meeting, may still be drawing: it is looked for at each frame for a few seconds.
 */
export function focusAnchor(anchor: string, until = performance.now() + 5000): void {
  const target = document.getElementById(anchor)
  if (!target) {
    if (performance.now() < until) requestAnimationFrame(() => focusAnchor(anchor, until))
    return
  }
  target.scrollIntoView({ block: 'center' })
  const field =
    target.matches('input, textarea, button, [tabindex]') && !target.matches('[role="radiogroup"]')
      ? target
      : target.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, button, [tabindex]')
  ;(field ?? target).focus()
}

/**
 * What is missing before the chair signs, each item a link to where it is fixed. The chair can sign with
 * items open only by giving a reason, which is kept with the record.
 */
export function ReadinessPanel({ items, navigate }: Props) {
  const { meeting, send } = useConferenceContext()
  // The labels are sentences with names in them ('Zosia is 8: …'): each name is isolated where it appears.
  const names = useMemo(
    () => [
      ...meeting.participants.map((person) => person.name),
      ...meeting.children.flatMap((child) => [child.name, child.knownAs]),
      ...meeting.record.reports.map((report) => report.agency),
    ],
    [meeting.participants, meeting.children, meeting.record.reports],
  )
  const [signing, setSigning] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const go = (item: ReadinessItem): void => {
    // Going to fix something in the preparation must not start the meeting's clock.
    if (item.fix.section) void send({ type: 'go-to-section', sectionKey: item.fix.section, toLook: true })
    if (item.fix.tab !== 'decision') navigate({ screen: 'meeting', meetingId: meeting.id, tab: item.fix.tab })
    // The other tab draws first; then the place to fix it is there to find.
    requestAnimationFrame(() => focusAnchor(item.fix.anchor))
  }
  const sign = async (): Promise<void> => {
    if (items.length > 0 && reason.trim() === '') {
      setProblem('Say why you are signing with these items open')
      return
    }
    const result = await send({ type: 'sign-off', openItems: items.map((item) => item.label), reason })
    if (result.ok) {
      setSigning(false)
      setProblem(null)
      // The button that opened the dialog goes once signed: the focus goes to the panel's 'Signed off'.
      focusAfterDrawing('#readiness-heading')
    } else setProblem(result.error.message)
  }
  const signed = meeting.record.signOff
  const chairName = meeting.participants.find((person) => person.id === meeting.chairId)?.name ?? null
  const early = signingProblem(meeting.date, ukDateOf(new Date()))
  const [identity, setIdentity] = useState<IdentitySummary | null>(null)
  const openSigning = async (): Promise<void> => {
    const result = await convene().identity.get()
    if (result.ok) setIdentity(result.value)
    setSigning(true)
  }
  const [draftProblem, setDraftProblem] = useState<string | null>(null)
  const files = useFileSaver()
  const downloadDraft = async (): Promise<void> => {
    const result = await convene().meetings.exportDocuments(meeting.id, null)
    if (!result.ok) return setDraftProblem(result.error.message)
    const saved = await files.save(result.value)
    setDraftProblem(saved.ok ? null : saved.error.message)
  }
  const saveMark = async (mark: SignatureMark): Promise<void> => {
    const result = await convene().identity.saveSignature(mark)
    if (result.ok) setIdentity(result.value)
    else setProblem(result.error.message)
  }
  return (
    <Paper component="section" aria-labelledby="readiness-heading" sx={{ p: 2.5 }}>
      <Typography variant="h2" id="readiness-heading" tabIndex={-1} sx={{ mb: 1 }}>
        {signed ? 'Signed off' : 'Ready to sign?'}
      </Typography>
      {signed ? null : items.length === 0 ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {/* Before the meeting's day it cannot be signed (said below): never 'ready' beside that. */}
          {early
            ? 'Nothing is missing so far.'
            : 'Nothing is missing. The record is ready for the chair to sign.'}
        </Alert>
      ) : (
        <>
          <Typography role="status" sx={{ mb: 1 }}>
            {items.length === 1 ? '1 thing is' : `${items.length} things are`} missing:
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, mt: 0, mb: 2 }}>
            {items.map((item) => (
              <Box component="li" key={item.id} sx={{ mb: 0.75 }}>
                <Link component="button" type="button" onClick={() => go(item)} sx={{ textAlign: 'left' }}>
                  <WithNamesIsolated text={item.label} names={names} />
                </Link>
              </Box>
            ))}
          </Box>
        </>
      )}
      {signed ? (
        <Alert severity="info">
          Signed off on {formatBritishDateTime(new Date(signed.at))}. The minutes are locked.
          {signed.openItems.length > 0 && ` Signed with ${signed.openItems.length} open: ${signed.reason}`}
        </Alert>
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {early && (
            <Alert severity="info" sx={{ flexBasis: '100%' }}>
              {early}
            </Alert>
          )}
          <Button
            variant="contained"
            onClick={() => void openSigning()}
            id="sign-off"
            disabled={early !== null}
          >
            {meeting.record.correction ? 'Sign the corrected record…' : 'Sign off the record…'}
          </Button>
          {offersDocuments(meeting) && <Button onClick={() => void downloadDraft()}>Download a draft</Button>}
        </Stack>
      )}
      {files.notice}
      {draftProblem && (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setDraftProblem(null)}>
          {draftProblem}
        </Alert>
      )}
      {(meeting.record.signedVersions.length > 0 || meeting.record.correction) && <SignedVersions />}
      <Dialog open={signing} onClose={() => setSigning(false)} aria-labelledby="sign-title">
        <DialogTitle id="sign-title">Sign off the record</DialogTitle>
        <DialogContent>
          {problem && items.length === 0 && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {problem}
            </Alert>
          )}
          {identity && !identity.signature ? (
            <Box sx={{ mb: 2 }}>
              <DialogContentText sx={{ mb: 1 }}>
                First, your signature: it goes in the signature block of the minutes, and is kept encrypted
                for next time.
              </DialogContentText>
              <SignaturePad onSave={(mark) => void saveMark(mark)} />
            </Box>
          ) : identity?.signature ? (
            <>
              <DialogContentText sx={{ mb: 2 }}>
                {withFullStop(
                  `Signing as ${identity.signature.kind === 'typed' ? identity.signature.text : 'your drawn signature'}`,
                )}
              </DialogContentText>
              {otherChair(identity.signature, chairName) && (
                <Alert severity="warning" sx={{ mb: 2 }}>
                  The chair of this meeting is <bdi>{chairName}</bdi>. Minutes are signed by the person who
                  chaired: if that was not you, ask them to sign, or correct the chair on the Before the
                  meeting tab.
                </Alert>
              )}
            </>
          ) : null}
          {identity && <CertificateChooser identity={identity} onChange={setIdentity} />}
          {items.length === 0 ? (
            <DialogContentText>The checklist is clear. Signing marks the meeting as ended.</DialogContentText>
          ) : (
            <>
              <DialogContentText sx={{ mb: 2 }}>
                {items.length === 1 ? '1 item is' : `${items.length} items are`} still open. You can sign now
                only by saying why; the reason is kept with the record.
              </DialogContentText>
              <TextField
                id="sign-off-reason"
                label="Why sign with items open"
                multiline
                minRows={2}
                // Not while the signature is still to be made: that comes first.
                autoFocus={Boolean(identity?.signature)}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={problem !== null}
                helperText={problem ?? ' '}
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setSigning(false)}>Not yet</Button>
          <Button variant="contained" onClick={() => void sign()} disabled={!identity?.signature}>
            Sign off
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  )
}

/** True when a typed signature plainly names someone other than the meeting's chair. */
export function otherChair(signature: SignatureMark, chairName: string | null): boolean {
  if (signature.kind !== 'typed' || chairName === null) return false
  const fold = (text: string): string => text.normalize('NFC').trim().toLocaleLowerCase('en-GB')
  return !fold(signature.text).includes(fold(chairName)) && !fold(chairName).includes(fold(signature.text))
}
