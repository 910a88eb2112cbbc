import { useRef, useState } from 'react'
import Button from '@mui/material/Button'
import CastOutlined from '@mui/icons-material/CastOutlined'
import CancelPresentationOutlined from '@mui/icons-material/CancelPresentationOutlined'
import { offersRoomView } from '../../shared/kinds/offers.ts'
import { convene, useConveneEvent } from '../api/convene.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'

/**
 * Opens the presenter view for the room (a second window in the app; a second page in the test host) and
 * closes it again. The chair decides when the room sees the board.
 */
export function PresenterToggle({
  meetingId,
  onProblem,
}: {
  readonly meetingId: string
  readonly onProblem: (message: string) => void
}) {
  const { meeting } = useMeetingContext()
  const [open, setOpen] = useState(false)
  const page = useRef<Window | null>(null)
  useConveneEvent('presenter-closed', () => setOpen(false))
  // A kind with no room view (mediation, as the workspace says): nothing to offer here, except a way
  // to close one opened before the meeting's kind was changed.
  if (!offersRoomView(meeting.kind) && !open) return null

  const show = async (): Promise<void> => {
    const result = await convene().presenter.open(meetingId)
    if (!result.ok) {
      onProblem(result.error.message)
      return
    }
    if (result.value.mode === 'page') {
      page.current = window.open(`${window.location.pathname}${result.value.path}`, 'convene-presenter')
    }
    setOpen(true)
  }
  const hide = async (): Promise<void> => {
    page.current?.close()
    page.current = null
    await convene().presenter.close()
    setOpen(false)
  }
  return open ? (
    <Button
      id="presenter-toggle"
      variant="contained"
      color="secondary"
      startIcon={<CancelPresentationOutlined />}
      onClick={() => void hide()}
    >
      Stop showing to the room
    </Button>
  ) : (
    <Button id="presenter-toggle" variant="outlined" startIcon={<CastOutlined />} onClick={() => void show()}>
      Show to the room
    </Button>
  )
}
