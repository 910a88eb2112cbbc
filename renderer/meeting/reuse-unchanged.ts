import type { Meeting } from '../../shared/meeting/meeting.ts'

const smallParts = [
  'participants',
  'agenda',
  'live',
  'children',
  'childViews',
  'scaling',
  'planActions',
  'reports',
  'preMeeting',
] as const

/**
 * A meeting arrives from main as fresh JSON, so every object in it is new, and React would redraw every
 * note on every save. This keeps the previous objects wherever nothing changed (a note with the same id
 * and updatedAt, a part that serialises the same), so only what changed is drawn again.
 */
export function reuseUnchanged(previous: Meeting | null, next: Meeting): Meeting {
  if (!previous || previous.id !== next.id) return next
  const before = new Map(previous.notes.map((note) => [note.id, note]))
  let sameNotes = previous.notes.length === next.notes.length
  const notes = next.notes.map((note, index) => {
    const old = before.get(note.id)
    const kept = old && old.updatedAt === note.updatedAt ? old : note
    if (kept !== previous.notes[index]) sameNotes = false
    return kept
  })
  const merged: Record<string, unknown> = { ...next, notes: sameNotes ? previous.notes : notes }
  for (const part of smallParts) {
    if (JSON.stringify(previous[part]) === JSON.stringify(next[part])) merged[part] = previous[part]
  }
  return merged as Meeting
}
