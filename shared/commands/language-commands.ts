import { z } from 'zod'
import type { MeetingCore } from '../model/meeting-core.ts'
import { LanguageDismissalSchema, type LanguageDismissal } from '../model/language-dismissal.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import { commandTable } from './command-table.ts'

/** Commands about the language assistant: keeping a wording it flagged, and flagging it again. */
export const LanguageCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('keep-wording'), dismissal: LanguageDismissalSchema }),
  z.object({ type: z.literal('flag-wording-again'), dismissal: LanguageDismissalSchema }),
])
/** A command about the language assistant. */
export type LanguageCommand = z.infer<typeof LanguageCommandSchema>

const same = (a: LanguageDismissal, b: LanguageDismissal): boolean =>
  a.ruleId === b.ruleId &&
  a.noteId === b.noteId &&
  a.match.toLocaleLowerCase('en-GB') === b.match.toLocaleLowerCase('en-GB')

/** The meeting with these wordings kept (each once). */
export function keepWordings<M extends MeetingCore>(
  meeting: M,
  dismissals: ReadonlyArray<LanguageDismissal>,
): M {
  const kept = [...meeting.languageDismissals]
  for (const dismissal of dismissals) if (!kept.some((item) => same(item, dismissal))) kept.push(dismissal)
  return { ...meeting, languageDismissals: kept }
}

/** Applies a language command. Keeping a wording twice, or flagging one that was not kept, changes nothing. */
export function applyLanguageCommand<M extends MeetingCore>(meeting: M, command: LanguageCommand): Result<M> {
  const kept = meeting.languageDismissals
  switch (command.type) {
    case 'keep-wording':
      if (kept.some((item) => same(item, command.dismissal))) return ok(meeting)
      if (
        command.dismissal.noteId !== null &&
        !meeting.notes.some((note) => note.id === command.dismissal.noteId)
      )
        return fail('not-found', 'That note is no longer in the meeting.')
      return ok({ ...meeting, languageDismissals: [...kept, command.dismissal] })
    case 'flag-wording-again':
      return ok({ ...meeting, languageDismissals: kept.filter((item) => !same(item, command.dismissal)) })
    default:
      return assertNever(command, 'language command')
  }
}

/** The language commands as a table: keeping a wording changes no word of the minutes. */
export const languageCommands = commandTable<MeetingCore, LanguageCommand>(
  LanguageCommandSchema,
  { 'keep-wording': 'allowed', 'flag-wording-again': 'allowed' },
  applyLanguageCommand,
)
