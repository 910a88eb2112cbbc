import { useCallback, useEffect, useState } from 'react'
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
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import DeleteOutline from '@mui/icons-material/DeleteOutlined'
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined'
import { formatBritishDate, formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { meetingKindLabels, type Meeting } from '../../shared/model/meeting.ts'
import { convene } from '../api/convene.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { SaveStatus } from '../common/save-status.tsx'
import { markInteractive } from '../app/ready-mark.ts'
import type { Route } from '../app/router.ts'
import { DetailsForm } from './details-form.tsx'
import { useDetailsAutosave } from './use-details-autosave.ts'
import { useMeeting } from './use-meeting.ts'

type Props = { readonly meetingId: string; readonly navigate: (route: Route) => void }

/** One meeting: its details, saved as they are typed. Later work adds the live agenda, decision and record here. */
export function MeetingWorkspaceScreen({ meetingId, navigate }: Props) {
  const { meeting, recovery, problem, accept } = useMeeting(meetingId)
  if (problem) {
    return (
      <>
        <PageHeading>This meeting cannot be opened</PageHeading>
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem}
        </Alert>
        <Button onClick={() => navigate({ screen: 'meetings' })}>Back to meetings</Button>
      </>
    )
  }
  if (!meeting) {
    return (
      <Box aria-busy="true" aria-label="Opening the meeting">
        <Skeleton variant="text" height={56} width="50%" />
        <Skeleton variant="rounded" height={240} />
      </Box>
    )
  }
  return (
    <Workspace key={meeting.id} meeting={meeting} recovery={recovery} accept={accept} navigate={navigate} />
  )
}

function Workspace({
  meeting,
  recovery,
  accept,
  navigate,
}: {
  readonly meeting: Meeting
  readonly recovery: ReturnType<typeof useMeeting>['recovery']
  readonly accept: (meeting: Meeting) => void
  readonly navigate: (route: Route) => void
}) {
  const { values, change, save, retry } = useDetailsAutosave(meeting, accept)
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const [actionProblem, setActionProblem] = useState<string | null>(null)
  useEffect(() => markInteractive(), [])

  const onValidity = useCallback((field: string, message: string | null) => {
    setProblems((current) => {
      if (message === null) {
        if (!(field in current)) return current
        const { [field]: _dropped, ...rest } = current
        return rest
      }
      return current[field] === message ? current : { ...current, [field]: message }
    })
  }, [])
  const invalid = Object.values(problems)
  const shownSave = invalid.length > 0 ? { state: 'not-saved' as const, message: `${invalid[0]}.` } : save

  const exportFile = async (): Promise<void> => {
    const result = await convene().meetings.exportInterchange(meeting.id)
    if (!result.ok) {
      setActionProblem(result.error.message)
      return
    }
    const url = URL.createObjectURL(new Blob([result.value.text], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = result.value.fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }

  const remove = async (): Promise<void> => {
    const result = await convene().meetings.remove(meeting.id)
    setConfirmingDelete(false)
    if (result.ok) navigate({ screen: 'meetings' })
    else setActionProblem(result.error.message)
  }

  return (
    <Box sx={{ maxWidth: 960 }}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', mb: 2 }}
      >
        <Box>
          <PageHeading>
            {values.familyName.trim() === '' ? meeting.familyName : values.familyName} family
          </PageHeading>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Chip label={meetingKindLabels[values.kind]} color="primary" variant="outlined" />
            <Typography color="text.secondary">
              {formatBritishDate(values.date)}
              {values.startTime ? ` at ${values.startTime}` : ''}
            </Typography>
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => void exportFile()}>
            Export meeting file
          </Button>
          <Button color="error" startIcon={<DeleteOutline />} onClick={() => setConfirmingDelete(true)}>
            Delete
          </Button>
        </Stack>
      </Stack>
      <SaveStatus
        save={shownSave}
        onRetry={save.state === 'not-saved' && invalid.length === 0 ? retry : undefined}
      />
      {recovery && (
        <Alert severity="warning" sx={{ my: 2 }}>
          <AlertTitle>An earlier save of this meeting was opened</AlertTitle>
          The latest save could not be read because the file was damaged. Convene opened the save from{' '}
          {formatBritishDateTime(new Date(recovery.restoredSavedAt))} instead. Check the details below:
          anything typed after that time is missing and needs typing again.
        </Alert>
      )}
      {actionProblem && (
        <Alert severity="error" sx={{ my: 2 }} onClose={() => setActionProblem(null)}>
          {actionProblem}
        </Alert>
      )}
      <Stack spacing={3} sx={{ mt: 2 }}>
        <DetailsForm values={values} change={change} onValidity={onValidity} problems={problems} />
      </Stack>
      <Dialog
        open={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        aria-labelledby="delete-title"
        aria-describedby="delete-text"
      >
        <DialogTitle id="delete-title">Delete this meeting?</DialogTitle>
        <DialogContent>
          <DialogContentText id="delete-text">
            The meeting with the {meeting.familyName} family on {formatBritishDate(meeting.date)} and every
            saved copy of it will be removed from this laptop. This cannot be undone. Export the meeting file
            first if you need to keep it.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmingDelete(false)} autoFocus>
            Keep the meeting
          </Button>
          <Button color="error" variant="contained" onClick={() => void remove()}>
            Delete meeting
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  )
}
