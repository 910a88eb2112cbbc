import { join } from 'node:path'
import { NoteDraftSchema, type NoteDraft } from '../../../shared/model/note-draft.ts'
import { ok, type Result } from '../../../shared/util/result.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import { GroupCommit } from './group-commit.ts'
import { saveFailure } from './store-errors.ts'
import type { Logger } from '../logger.ts'

type Options = {
  readonly folder: string
  readonly key: Buffer
  readonly now: () => Date
  readonly logger: Logger
  /** The durable writer (tests inject failures through it). */
  readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
}

type Kept = {
  readonly file: GenerationalFile<NoteDraft>
  latest: NoteDraft
  readonly commits: GroupCommit<void>
}

/**
 * The capture box's draft of each meeting, in its own small encrypted file beside the meetings
 * (drafts/<meeting id>/), written durably as the meeting is. Saves as fast as the minute taker types
 * would be wasted: while one is on its way, later ones wait and only the latest is written.
 */
export class DraftStore {
  private readonly options: Options
  private readonly kept = new Map<string, Kept>()

  constructor(options: Options) {
    this.options = options
  }

  /** The meeting's draft, or null when there is none (or it cannot be read: a draft is not worth a refusal). */
  async get(meetingId: string): Promise<NoteDraft | null> {
    const held = this.kept.get(meetingId)
    if (held) return held.latest
    try {
      const parsed = NoteDraftSchema.safeParse(await this.fileFor(meetingId).read())
      return parsed.success ? parsed.data : null
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error
      this.options.logger.warn('draft.unreadable', { meetingId })
      return null
    }
  }

  /** Saves the draft durably before it resolves (with any saved later, never one saved earlier). */
  async save(meetingId: string, draft: NoteDraft): Promise<Result<{ readonly saved: true }>> {
    let held = this.kept.get(meetingId)
    if (!held) {
      const file = this.fileFor(meetingId)
      const entry: Kept = {
        file,
        latest: draft,
        commits: new GroupCommit(() => file.write(entry.latest)),
      }
      held = entry
      this.kept.set(meetingId, entry)
    }
    held.latest = draft
    try {
      await held.commits.commit()
      return ok({ saved: true as const })
    } catch (error) {
      this.options.logger.error('draft.save-failed', { meetingId }, error)
      return saveFailure(error)
    }
  }

  /** Deletes a meeting's draft with the meeting. */
  async remove(meetingId: string): Promise<void> {
    const held = this.kept.get(meetingId)
    this.kept.delete(meetingId)
    if (held?.commits.busy) await held.commits.commit().catch(() => undefined)
    await (held?.file ?? this.fileFor(meetingId)).remove()
  }

  private fileFor(meetingId: string): GenerationalFile<NoteDraft> {
    if (!/^[0-9a-f-]{36}$/i.test(meetingId)) throw new Error('Not a meeting identifier')
    return new GenerationalFile<NoteDraft>({
      folder: join(this.options.folder, 'drafts', meetingId),
      purpose: 'draft',
      id: meetingId,
      key: this.options.key,
      now: this.options.now,
      keep: 2,
      writeFile: this.options.writeFile,
    })
  }
}
