import { typedNameMatches } from '../../shared/text/fold-for-search.ts'
import { useState } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import { formatBritishDate, formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { meetingKindLabels, moduleOf } from '../../shared/kinds/registry.ts'
import { convene } from '../api/convene.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { SaveStatus } from '../common/save-status.tsx'
import { whyPassedOver } from './recovery-words.ts'
import { useMeetingContext, useSaveState } from '../meeting/meeting-context.tsx'
import type { Route } from '../app/router.ts'
import { FollowOnButton } from './follow-on-button.tsx'
import { HistoryDialog } from './history-dialog.tsx'
import { ExportFileButton } from './export-file-button.tsx'
import { SafeguardingButton } from '../safeguarding/safeguarding-button.tsx'
import { HandOverButton } from '../handover/hand-over-button.tsx'
import { useSettings } from '../settings/use-settings.ts'
import { useFileSaver } from '../common/save-files.tsx'
import { toBase64 } from '../common/download.ts'

/** The top of a meeting: who and when, whether everything is saved, and the file actions. */
export function WorkspaceHeader({
  navigate,
  compact,
}: {
  readonly navigate: (route: Route) => void
  readonly compact: boolean
}) {
  const { meeting, recovery } = useMeetingContext()
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const [showingHistory, setShowingHistory] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const files = useFileSaver()
  const settings = useSettings()
  const followOns = settings
    ? moduleOf(meeting.kind).followOns(meeting, {
        calendar: councilCalendar(settings),
        timescales: settings.timescales,
      })
    : []

  const exportFile = async (): Promise<void> => {
    const result = await convene().meetings.exportInterchange(meeting.id)
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    const saved = await files.save([
      { fileName: result.value.fileName, base64: toBase64(new TextEncoder().encode(result.value.text)) },
    ])
    setProblem(saved.ok ? null : saved.error.message)
  }

  // A signed record is a statutory record: deleting it takes the family's name typed out, not one click.
  const signedVersions = moduleOf(meeting.kind).signedVersions(meeting).length
  const signedRecord = signedVersions > 0
  const [typedName, setTypedName] = useState('')
  // As typed on any keyboard: 'wisniewska' for 'Wiśniewska'.
  const nameTyped = typedNameMatches(typedName, meeting.familyName)
  const remove = async (): Promise<void> => {
    const result = await convene().meetings.remove(meeting.id)
    setConfirmingDelete(false)
    if (result.ok) navigate({ screen: 'meetings' })
    else setProblem(result.error.message)
  }

  // In the meeting the focus belongs in the note box, ready to type; elsewhere the heading takes it.
  const [headingTakesFocus] = useState(!compact)
  return (
    <Box sx={{ mb: compact ? 0.5 : 2 }}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Box
          sx={{
            // The family's name keeps room to read on one line; the buttons wrap beside it instead.
            minWidth: { xs: 0, md: 'min(100%, 24rem)' },
            flex: '1 1 auto',
            // One line in the meeting, where the screen's height is for the notes.
            ...(compact && {
              display: 'flex',
              alignItems: 'center',
              columnGap: 2,
              flexWrap: 'wrap',
              '& h1': { fontSize: '1.5rem', mb: 0 },
            }),
          }}
        >
          <PageHeading takeFocus={headingTakesFocus}>
            <bdi>{meeting.familyName}</bdi> family
          </PageHeading>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Chip label={meetingKindLabels[meeting.kind]} color="primary" variant="outlined" />
            <Typography color="text.secondary">
              {formatBritishDate(meeting.date)}
              {meeting.startTime ? ` at ${meeting.startTime}` : ''}
            </Typography>
            <MeetingSaveStatus />
          </Stack>
        </Box>
        {compact && meeting.caseId && (
          <Box sx={{ flexShrink: 0 }}>
            <SafeguardingButton caseId={meeting.caseId} meetingId={meeting.id} />
          </Box>
        )}
        {!compact && (
          <Stack
            direction="row"
            spacing={1}
            sx={{
              alignItems: 'flex-start',
              flexWrap: 'wrap',
              rowGap: 1,
              flexShrink: 1,
              justifyContent: 'flex-end',
            }}
          >
            {followOns.map((followOn) => (
              <FollowOnButton key={followOn.kind} meeting={meeting} followOn={followOn} navigate={navigate} />
            ))}
            {meeting.caseId && <SafeguardingButton caseId={meeting.caseId} meetingId={meeting.id} />}
            {meeting.caseId && (
              <Button
                variant="outlined"
                id="open-case"
                onClick={() => meeting.caseId && navigate({ screen: 'case', caseId: meeting.caseId })}
              >
                The case
              </Button>
            )}
            {signedRecord && <HandOverButton meetingId={meeting.id} />}
            <Button variant="outlined" onClick={() => setShowingHistory(true)} id="show-history">
              History
            </Button>
            <ExportFileButton onExport={exportFile} />
            <Button color="error" startIcon={<DeleteOutlined />} onClick={() => setConfirmingDelete(true)}>
              Delete
            </Button>
          </Stack>
        )}
      </Stack>
      {recovery?.restoredAll && (
        <Alert severity="info" sx={{ my: 2 }}>
          <AlertTitle>A damaged save of this meeting was set aside</AlertTitle>
          {whyPassedOver(recovery)} Nothing is missing: every change after the save that was opened was
          restored from the meeting&apos;s journal.
          {recovery.keptAsideIn &&
            ` A copy of the damaged save is kept in the data folder (Help, Show data folder), in ${recovery.keptAsideIn}.`}
        </Alert>
      )}
      {recovery && !recovery.restoredAll && (
        <Alert severity="warning" sx={{ my: 2 }}>
          <AlertTitle>An earlier save of this meeting was opened</AlertTitle>
          {whyPassedOver(recovery)} Convene opened the save from{' '}
          {formatBritishDateTime(new Date(recovery.restoredSavedAt))} instead. Check the details below:
          anything typed after that time is missing and needs typing again.
          {recovery.keptAsideIn &&
            ` A copy of what could not be opened is kept in the data folder (Help, Show data folder), in ${recovery.keptAsideIn}.`}
        </Alert>
      )}
      {showingHistory && <HistoryDialog meetingId={meeting.id} onClose={() => setShowingHistory(false)} />}
      {files.notice}
      {problem && (
        <Alert severity="error" sx={{ my: 2 }} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      <Dialog
        open={confirmingDelete}
        onClose={() => {
          setConfirmingDelete(false)
          setTypedName('')
        }}
        aria-labelledby="delete-title"
        aria-describedby="delete-text"
      >
        <DialogTitle id="delete-title">Delete this meeting?</DialogTitle>
        <DialogContent>
          {signedRecord && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              <AlertTitle>These minutes are signed: they are a statutory record</AlertTitle>
              {signedVersions === 1 ? 'The signed version' : `All ${signedVersions} signed versions`} would go
              too. Your council&apos;s records policy says how long signed minutes must be kept; check it, and
              export the meeting file first.
            </Alert>
          )}
          <DialogContentText id="delete-text">
            The meeting with the <bdi>{meeting.familyName}</bdi> family on {formatBritishDate(meeting.date)}{' '}
            and every saved copy of it will be removed from this laptop. This cannot be undone. Export the
            meeting file first if you need to keep it.
          </DialogContentText>
          {signedRecord && (
            <TextField
              id="delete-family-name"
              label={`To delete it, type the family's name: ${meeting.familyName}`}
              value={typedName}
              onChange={(event) => setTypedName(event.target.value)}
              autoComplete="off"
              fullWidth
              sx={{ mt: 2 }}
              slotProps={{ htmlInput: { dir: 'auto' } }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmingDelete(false)} autoFocus>
            Keep the meeting
          </Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => void remove()}
            disabled={signedRecord && !nameTyped}
          >
            {signedRecord ? 'Delete the signed record' : 'Delete meeting'}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  )
}

/** The save indicator of the open meeting: the only thing that redraws as each change is saved. */
function MeetingSaveStatus() {
  const save = useSaveState()
  const { retry } = useMeetingContext()
  return <SaveStatus save={save} onRetry={save.state === 'not-saved' ? retry : undefined} />
}
