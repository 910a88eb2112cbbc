import { useEffect, useRef, type RefObject } from 'react'
import type { AgendaSection } from '../../shared/model/agenda.ts'
import { sectionChord } from '../common/shortcuts.ts'

/**
 * The live meeting's keyboard: Ctrl+1…Ctrl+9 and Ctrl+0 (or Ctrl+Alt+ the number) jump to a section,
 * Ctrl+. and Ctrl+, to the next and previous, and Ctrl+Z (outside a text field) undoes the last deletion.
 */
export function useSectionShortcuts(options: {
  readonly agenda: ReadonlyArray<AgendaSection>
  /** The section the minute taker is on now, read at each key (a move not yet drawn included). */
  readonly currentKey: RefObject<string | null>
  readonly goTo: (sectionKey: string) => void
  readonly undo: (() => void) | null
}): void {
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey) return
      const { agenda, currentKey, goTo, undo } = latest.current
      const index = agenda.findIndex((section) => section.key === currentKey.current)
      const position = sectionChord(event)
      let target: AgendaSection | undefined
      if (position !== null) target = agenda[position]
      else if (event.altKey) return
      else if (event.key === '.') target = agenda[Math.min(agenda.length - 1, index + 1)]
      else if (event.key === ',') target = agenda[Math.max(0, index - 1)]
      else if (event.key.toLowerCase() === 'z' && undo) {
        const field = document.activeElement
        const typing = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
        if (!typing) {
          event.preventDefault()
          undo()
        }
        return
      } else return
      event.preventDefault()
      if (target) goTo(target.key)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
