import { useEffect } from 'react'
import { isChord } from '../common/shortcuts.ts'
import type { NoteFrame } from './note-frame.ts'

/**
 * The capture box's keys, from anywhere on the live screen (and from the note, whose frame passes them
 * on): Ctrl+K to the speaker, its letters selected so typing replaces them; Ctrl+Shift+H the closed part;
 * Ctrl+Shift+O someone's own words; Tab from the speaker, and Shift+Tab from 'Add note', into the note
 * (which sits between them on screen); Ctrl+J outside the note back to it.
 */
export function useCaptureKeys(frame: NoteFrame, toggleClosed: () => void, toggleVerbatim: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isChord(event, 'speaker')) {
        event.preventDefault()
        // Select what is there, so typing a few letters replaces the last speaker rather than adding to them.
        const speaker = document.getElementById('speaker')
        if (speaker instanceof HTMLInputElement) {
          speaker.focus()
          speaker.select()
        }
      } else if (isChord(event, 'closed-part')) {
        event.preventDefault()
        toggleClosed()
      } else if (isChord(event, 'own-words')) {
        event.preventDefault()
        toggleVerbatim()
      } else if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        // The note sits between the speaker and 'Add note' on screen, so it does in the Tab order too (Tab
        // in the note itself is heard from the frame, below).
        const target = event.target instanceof HTMLElement ? event.target.id : ''
        if ((target === 'speaker' && !event.shiftKey) || (target === 'add-note' && event.shiftKey)) {
          event.preventDefault()
          frame.focus()
        }
      } else if (isChord(event, 'wording') && event.target !== frame.element) {
        // Outside the note (where the assistant answers it) Ctrl+J would open the browser's downloads.
        event.preventDefault()
        frame.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toggleClosed, toggleVerbatim, frame])
}
