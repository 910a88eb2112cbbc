import type { NoteDraft } from '../../shared/model/note-draft.ts'
import { convene } from '../api/convene.ts'

/** How long typing pauses before the draft is saved; and the longest it goes unsaved while typing runs on. */
const quiet = 400
const atMost = 2000
/** How long a draft that could not be kept waits before it is tried again. */
const retryAfter = 3000

/**
 * The drafts of this window, by meeting: what the capture box held when it was last saved, so coming back
 * from another tab shows it at once, without waiting for main.
 */
const shown = new Map<string, NoteDraft>()

/** The draft this window last held for a meeting, if any. */
export function draftShownFor(meetingId: string): NoteDraft | null {
  return shown.get(meetingId) ?? null
}

/**
 * Keeps the capture box's draft: in this window at once, and in main's encrypted store as typing pauses
 * (or every two seconds while it runs on). A keystroke costs one clock read; everything else happens after
 * the pause, off the keystroke's path. Nothing is saved before the draft kept from last time has been
 * brought back (`ready`), so an empty box never overwrites it; nothing is saved unless something changed.
 * One save is on its way at a time; a later one waits and carries the newest words.
 */
export class DraftKeeper {
  private readonly meetingId: string
  private readonly read: () => NoteDraft
  private readonly onSaved: (saved: boolean, problem?: string) => void
  private readonly ready: Promise<void>
  private timer: number | undefined = undefined
  private firstChange = 0
  private lastChange = 0
  private dirty = false
  private saving = false
  private again = false
  private closed = false
  private retry: number | undefined = undefined

  constructor(
    meetingId: string,
    read: () => NoteDraft,
    /** Told when the draft is not yet saved (false), saved (true), or could not be saved (false, why). */
    onSaved: (saved: boolean, problem?: string) => void,
    ready: Promise<void> = Promise.resolve(),
  ) {
    this.meetingId = meetingId
    this.read = read
    this.onSaved = onSaved
    this.ready = ready
  }

  /** The box changed: save soon. Called on every keystroke, so it does as little as it can. */
  changed(): void {
    if (this.closed) return
    const now = performance.now()
    this.lastChange = now
    this.dirty = true
    if (this.timer !== undefined) return
    this.firstChange = now
    this.onSaved(false)
    this.timer = window.setTimeout(this.tick, quiet)
  }

  /** Saves now, if anything changed: when the box is left, the page goes away, or a note has been added. */
  flush(): void {
    window.clearTimeout(this.timer)
    this.timer = undefined
    if (this.dirty) void this.save()
  }

  /** Saves what changed and stops listening. */
  close(): void {
    if (this.closed) return
    this.flush()
    this.closed = true
  }

  private readonly tick = (): void => {
    this.timer = undefined
    const now = performance.now()
    const waitedFor = now - this.lastChange
    const unsavedFor = now - this.firstChange
    if (waitedFor < quiet && unsavedFor < atMost) {
      this.timer = window.setTimeout(this.tick, Math.min(quiet - waitedFor, atMost - unsavedFor))
      return
    }
    void this.save()
  }

  private async save(): Promise<void> {
    if (this.saving) {
      this.again = true
      return
    }
    this.saving = true
    await this.ready
    this.dirty = false
    const draft = this.read()
    shown.set(this.meetingId, draft)
    const result = await convene().drafts.save(this.meetingId, draft)
    this.saving = false
    // Not kept (a full disk): tried again in a while, typing or not, until it is.
    if (!result.ok && !this.closed) {
      this.dirty = true
      if (this.retry === undefined)
        this.retry = window.setTimeout(() => {
          this.retry = undefined
          if (this.dirty && this.timer === undefined && !this.closed) void this.save()
        }, retryAfter)
    }
    if (this.again) {
      this.again = false
      void this.save()
      return
    }
    // A draft not kept is said at once (the save indicator must never say 'All changes saved' over it);
    // a kept one only once nothing newer waits to be saved.
    if (!result.ok) this.onSaved(false, result.error.message)
    else if (this.timer === undefined && !this.dirty) this.onSaved(true)
  }
}

/**
 * Keeps words that could not be added as the meeting's draft (a note refused because the minutes were
 * signed meanwhile), so they are shown and kept rather than lost with the card.
 */
export function keepAsDraft(meetingId: string, draft: NoteDraft): void {
  shown.set(meetingId, draft)
  void convene().drafts.save(meetingId, draft)
}

export { mergeDraftText } from '../../shared/text/merge-draft-text.ts'
