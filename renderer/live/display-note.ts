import type { Note } from '../../shared/model/notes.ts'
import type { Participant } from '../../shared/model/people.ts'

/** A note as the views show it: saved, or still on its way to the store (or refused on the way). */
export type DisplayNote = Pick<
  Note,
  'id' | 'sectionKey' | 'speakerId' | 'text' | 'visibility' | 'verbatim' | 'createdAt'
> & {
  readonly state: 'saved' | 'saving' | 'failed'
}

const shown = new WeakMap<Note, DisplayNote>()

/** A saved note as a view shows it; the same note object always gives the same display object. */
function savedNote(note: Note): DisplayNote {
  let display = shown.get(note)
  if (!display) {
    display = { ...note, state: 'saved' }
    shown.set(note, display)
  }
  return display
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
    if (note.deletedAt === null) saved.push(savedNote(note))
  }
  // A pending note keeps its id once saved, so it is shown once: as saved, the moment the store has it.
  return pending.length === 0 ? saved : [...saved, ...pending.filter((note) => !ids.has(note.id))]
}

/** Handlers for what can be done to a note; absent where notes are only shown (the presenter view). */
export type NoteActions = {
  /** Opens the one menu of note actions (edit, move, flags, delete) for a note. */
  readonly openMenu: (noteId: string, anchor: HTMLElement) => void
  /** Saves a note's words, and who said it where given; true once saved. */
  readonly saveEdit: (noteId: string, text: string, speakerId?: string | null) => Promise<boolean>
  /** Who may be named as a note's speaker (`keep`: its speaker now, whatever their attendance). */
  readonly speakers: (keep: string | null) => ReadonlyArray<Participant>
  /** How each person is named on screen. */
  readonly names: ReadonlyMap<string, string>
  /**
   * Closes the editor. The focus goes to the note box after a save (typing straight on starts a new note,
   * never the edited one's menu), or back to the note's own actions after Esc or Cancel.
   */
  readonly cancelEdit: (focusTo: 'note-box' | 'card') => void
  readonly retry: (noteId: string) => void
}
