import { z } from 'zod'
import { maximumNotes, type MeetingCore } from '../model/meeting-core.ts'
import { LanguageDismissalSchema } from '../model/language-dismissal.ts'
import { VisibilitySchema } from '../model/visibility.ts'
import type { Note } from '../model/notes.ts'
import { SectionKeySchema } from '../model/agenda.ts'
import { IdSchema, LongTextSchema } from '../model/primitives.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import { updateById, type CommandContext } from './command-context.ts'
import { commandTable } from './command-table.ts'
import { keepWordings } from './language-commands.ts'
import { startedIfNot } from './live-commands.ts'

const NoteTextSchema = LongTextSchema.refine((text) => text.trim().length > 0, {
  error: 'A note cannot be empty',
})

/** Commands about the notes of the minutes. */
export const NoteCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add-note'),
    /**
     * The id the sender gave the note (the renderer shows it under this id while it is being saved), so that
     * sending the same note again after a failed save adds it once.
     */
    noteId: IdSchema,
    sectionKey: SectionKeySchema.nullable(),
    speakerId: IdSchema.nullable(),
    text: NoteTextSchema,
    visibility: VisibilitySchema,
    verbatim: z.boolean(),
    /**
     * Wordings the minute taker chose to keep in this note though the assistant suggested otherwise: kept
     * with the note, in the same change.
     */
    keep: z
      .array(LanguageDismissalSchema.omit({ noteId: true }))
      .max(50)
      .default([]),
  }),
  z.object({ type: z.literal('edit-note'), noteId: IdSchema, text: NoteTextSchema }),
  z.object({
    type: z.literal('set-note-details'),
    noteId: IdSchema,
    speakerId: IdSchema.nullable().optional(),
    visibility: VisibilitySchema.optional(),
    verbatim: z.boolean().optional(),
  }),
  z.object({ type: z.literal('move-note'), noteId: IdSchema, sectionKey: SectionKeySchema }),
  z.object({ type: z.literal('delete-note'), noteId: IdSchema }),
  z.object({ type: z.literal('restore-note'), noteId: IdSchema }),
])
/** A command about the notes. */
export type NoteCommand = z.infer<typeof NoteCommandSchema>

const gone = 'That note is no longer in the minutes.'

/**
 * Applies a note command. Adding a note is one change however much it does: it starts the meeting if it
 * has not started, adds the note, and keeps the wordings kept in it.
 */
export function applyNoteCommand<M extends MeetingCore>(
  meeting: M,
  command: NoteCommand,
  context: CommandContext,
): Result<M> {
  const at = context.now.toISOString()
  const hasSection = (key: string): boolean => meeting.agenda.some((section) => section.key === key)
  const knowsSpeaker = (id: string | null | undefined): boolean =>
    id === null || id === undefined || meeting.participants.some((person) => person.id === id)
  const withNote = (noteId: string, change: (note: Note) => Note): Result<M> => {
    const notes = updateById(meeting.notes, noteId, (note) => ({ ...change(note), updatedAt: at }), gone)
    return notes.ok ? ok({ ...meeting, notes: notes.value }) : notes
  }
  switch (command.type) {
    case 'add-note': {
      // Sent again after a save that failed, or whose answer was lost: it is already here, once.
      if (meeting.notes.some((existing) => existing.id === command.noteId)) return ok(meeting)
      if (meeting.notes.length >= maximumNotes)
        return fail(
          'invalid-argument',
          'This meeting holds 50,000 notes, the most one meeting can. Nothing more can be added to it: record the rest in a new meeting.',
        )
      if (!knowsSpeaker(command.speakerId))
        return fail('not-found', 'That speaker is not listed for this meeting.')
      const started = startedIfNot(meeting, at)
      if (!started.ok) return started
      const sectionKey = command.sectionKey ?? started.value.live.currentSectionKey ?? meeting.agenda[0]?.key
      if (!sectionKey || !hasSection(sectionKey))
        return fail('not-found', 'That section is not on the agenda.')
      const note: Note = {
        id: command.noteId,
        sectionKey,
        speakerId: command.speakerId,
        text: command.text,
        visibility: command.visibility,
        verbatim: command.verbatim,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      }
      const added = { ...started.value, notes: [...meeting.notes, note] }
      const kept = command.keep.map((wording) => ({ ...wording, noteId: command.noteId }))
      return ok(kept.length > 0 ? keepWordings(added, kept) : added)
    }
    case 'edit-note':
      return withNote(command.noteId, (note) => ({ ...note, text: command.text }))
    case 'set-note-details':
      if (!knowsSpeaker(command.speakerId))
        return fail('not-found', 'That speaker is not listed for this meeting.')
      return withNote(command.noteId, (note) => ({
        ...note,
        ...(command.speakerId !== undefined ? { speakerId: command.speakerId } : {}),
        ...(command.visibility !== undefined ? { visibility: command.visibility } : {}),
        ...(command.verbatim !== undefined ? { verbatim: command.verbatim } : {}),
      }))
    case 'move-note':
      if (!hasSection(command.sectionKey)) return fail('not-found', 'That section is not on the agenda.')
      return withNote(command.noteId, (note) => ({ ...note, sectionKey: command.sectionKey }))
    case 'delete-note':
      return withNote(command.noteId, (note) => ({ ...note, deletedAt: note.deletedAt ?? at }))
    case 'restore-note':
      return withNote(command.noteId, (note) => ({ ...note, deletedAt: null }))
    default:
      return assertNever(command, 'note command')
  }
}

/** The note commands as a table: none changes signed minutes. */
export const noteCommands = commandTable<MeetingCore, NoteCommand>(
  NoteCommandSchema,
  {
    'add-note': 'refused',
    'edit-note': 'refused',
    'set-note-details': 'refused',
    'move-note': 'refused',
    'delete-note': 'refused',
    'restore-note': 'refused',
  },
  applyNoteCommand,
)
