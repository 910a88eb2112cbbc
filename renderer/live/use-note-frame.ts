import { useLayoutEffect, useState, type RefObject } from 'react'
import { NoteFrame } from './note-frame.ts'

/**
 * The note frame in the capture box's slot, for as long as the box is on screen (see NoteFrame). Made once
 * per box; React may make one for a render it throws away, which is harmless, as nothing is put in the
 * page or listened to until the layout effect.
 */
export function useNoteFrame(slot: RefObject<HTMLElement | null>): NoteFrame {
  const [frame] = useState(() => new NoteFrame())
  useLayoutEffect(() => {
    const place = slot.current
    if (!place) return
    frame.start(place)
    return () => frame.close()
  }, [frame, slot])
  return frame
}
