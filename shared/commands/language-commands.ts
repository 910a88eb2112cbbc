import { z } from 'zod'
import type { Meeting } from '../model/meeting.ts'
import { LanguageDismissalSchema, type LanguageDismissal } from '../model/records.ts'
import { fail, ok } from '../util/result.ts'
import { assertNever } from '../util/assert-never.ts'
import type { CommandResult } from './command-context.ts'

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

/** Applies a language command. Keeping a wording twice, or flagging one that was not kept, changes nothing. */
export function applyLanguageCommand(meeting: Meeting, command: LanguageCommand): CommandResult {
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
