import type { Note } from '../../shared/model/notes.ts'

/** A note as the views show it: saved, or still on its way to the store (or refused on the way). */
export type DisplayNote = Pick<
  Note,
  'id' | 'sectionKey' | 'speakerId' | 'text' | 'notForFamily' | 'verbatim' | 'createdAt'
> & {
  readonly state: 'saved' | 'saving' | 'failed'
}

/** The notes a view shows: the saved ones that are not deleted, then the ones still being saved. */
export function displayNotes(
  notes: ReadonlyArray<Note>,
  pending: ReadonlyArray<DisplayNote>,
): ReadonlyArray<DisplayNote> {
  const saved: DisplayNote[] = []
  const ids = new Set<string>()
  for (const note of notes) {
    ids.add(note.id)
    if (note.deletedAt === null) saved.push({ ...note, state: 'saved' })
  }
  // A pending note keeps its id once saved, so it is shown once: as saved, the moment the store has it.
  return pending.length === 0 ? saved : [...saved, ...pending.filter((note) => !ids.has(note.id))]
}

/** Handlers for what can be done to a note; absent where notes are only shown (the presenter view). */
export type NoteActions = {
  readonly edit: (noteId: string, text: string) => Promise<boolean>
  readonly move: (noteId: string) => void
  readonly toggleFamily: (noteId: string, notForFamily: boolean) => void
  readonly toggleVerbatim: (noteId: string, verbatim: boolean) => void
  readonly remove: (noteId: string) => void
  readonly retry: (noteId: string) => void
}
