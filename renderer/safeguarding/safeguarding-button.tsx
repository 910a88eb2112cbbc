import { useEffect, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import { visuallyHidden } from '@mui/utils'
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined'
import { chordAria, chordLabel, isChord } from '../common/shortcuts.ts'
import { ConcernFlow } from './concern-flow.tsx'
import { announceConcernOpened } from './concern-opened.ts'

/**
 * 'Safeguarding concern': on every screen of a case or meeting, and its shortcut (Ctrl+Shift+G; Ctrl+Alt+G
 * in a browser) from anywhere on it, the note box included. The flow opens over the screen, so what was
 * being typed stays where it was.
 */
export function SafeguardingButton({
  caseId,
  meetingId,
  concernId = null,
  onClosed,
}: {
  readonly caseId: string
  readonly meetingId: string | null
  /** A concern to open at once (from the home screen's alert), or null. */
  readonly concernId?: string | null
  readonly onClosed?: () => void
}) {
  const [open, setOpen] = useState<{ readonly concernId: string | null } | null>(
    concernId ? { concernId } : null,
  )
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isChord(event, 'safeguarding')) return
      event.preventDefault()
      announceConcernOpened()
      setOpen((current) => current ?? { concernId: null })
    }
    // Capture: a field that handles its own keys (the note box) never swallows it.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
  return (
    <>
      <Button
        variant="contained"
        color="error"
        startIcon={<ReportProblemOutlined />}
        onClick={() => {
          announceConcernOpened()
          setOpen({ concernId: null })
        }}
        aria-keyshortcuts={chordAria('safeguarding')}
        id="raise-concern"
      >
        Safeguarding concern
        <Box component="span" sx={visuallyHidden}>
          {` (${chordLabel('safeguarding')})`}
        </Box>
      </Button>
      {open && (
        <ConcernFlow
          caseId={caseId}
          concernId={open.concernId}
          meetingId={meetingId}
          onClose={() => {
            setOpen(null)
            onClosed?.()
          }}
        />
      )}
    </>
  )
}
