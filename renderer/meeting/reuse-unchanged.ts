import type { Meeting } from '../../shared/meeting/meeting.ts'

const smallParts = ['participants', 'agenda', 'live', 'children'] as const

/** The next object, with each of its parts that serialises as before kept as the previous part. */
function reuseParts(previous: Readonly<Record<string, unknown>>, next: Readonly<Record<string, unknown>>) {
  const merged: Record<string, unknown> = { ...next }
  let same = Object.keys(previous).length === Object.keys(next).length
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(previous[key]) === JSON.stringify(value)) merged[key] = previous[key]
    else same = false
  }
  return same ? previous : merged
}

/**
 * A meeting arrives from main as fresh JSON, so every object in it is new, and React would redraw every
 * note on every save. This keeps the previous objects wherever nothing changed (a note with the same id
 * and updatedAt, a part that serialises the same, each part of the kind's record), so only what changed is
 * drawn again.
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
  merged['record'] = reuseParts(previous.record, next.record)
  return merged as Meeting
}
