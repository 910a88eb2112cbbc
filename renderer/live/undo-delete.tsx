import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'
import { noteFrameId } from './note-frame.ts'

type Answer = { readonly ok: boolean; readonly error?: { readonly message: string } }

/**
 * A deleted note can be put back for 15 seconds: Ctrl+Z, or the notice's Undo. `deleted` records the note
 * once main has deleted it; `undo` is null while there is nothing to put back.
 */
export function useUndoDelete(
  send: (command: MeetingCommandInput) => Promise<Answer>,
  report: (answer: Answer) => void,
): {
  readonly deleted: (noteId: string) => void
  readonly undo: (() => void) | null
  readonly notice: ReactNode
} {
  const [noteId, setNoteId] = useState<string | null>(null)
  const undo = useCallback(() => {
    if (!noteId) return
    void send({ type: 'restore-note', noteId }).then(report)
    setNoteId(null)
    // The Undo button goes with its notice: the focus goes to the note box rather than the page.
    focusAfterDrawing(`#${noteFrameId}`)
  }, [noteId, send, report])
  useEffect(() => {
    if (!noteId) return
    const timer = window.setTimeout(() => setNoteId(null), 15_000)
    return () => window.clearTimeout(timer)
  }, [noteId])
  const notice = useMemo(
    () =>
      noteId === null ? null : (
        <Box role="status" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            Note deleted
          </Typography>
          <Button size="small" onClick={undo} sx={{ py: 0, minHeight: 0 }}>
            Undo (Ctrl+Z)
          </Button>
        </Box>
      ),
    [noteId, undo],
  )
  return { deleted: setNoteId, undo: noteId ? undo : null, notice }
}
