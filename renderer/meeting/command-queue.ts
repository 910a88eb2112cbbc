import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { ErrorCode, Result } from '../../shared/util/result.ts'
import type { SaveState } from '../common/save-status.tsx'

type Waiter = (result: Result<Meeting>) => void
type Item = { command: MeetingCommandInput; readonly key: string | null; readonly waiters: Waiter[] }

/** Failures that may pass (a full disk, a write error): the commands stay queued and are tried again. */
const mayPass: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'disk-full',
  'write-failed',
  'internal',
  'locked',
])

/**
 * The renderer's side of 'saved before it shows as saved'. Commands for one meeting go to main one at a
 * time, in order. A command with a key replaces the latest queued (not yet sent) command with the same key,
 * so typing in a field sends the latest text, not every keystroke, and never sends an older text after a
 * newer one. A failure that may pass keeps the queue and stops until the next change or `retry`, which send
 * the very same commands again (a command that adds something carries its own id, so it is added once); a
 * refusal answers its caller and the rest carry on. 'Saved' is said only when every change since the
 * queue was last idle was saved: a refusal is reported until a later change is saved.
 */
export class CommandQueue {
  private readonly meetingId: string
  private readonly send: (meetingId: string, command: MeetingCommandInput) => Promise<Result<Meeting>>
  private onSaved: (meeting: Meeting) => void
  private onStateListener: (state: SaveState) => void
  private lastState: SaveState | null = null
  private readonly items: Item[] = []
  private running = false
  private stalled: string | null = null
  private refused: string | null = null
  /** The command on its way to main, if any. */
  private inFlight: Promise<unknown> | null = null
  /** The revision of the meeting main last answered with: every change up to it is in that answer. */
  private answeredRevision = -1
  /** How long a stalled queue waits before trying again by itself. */
  private readonly retryAfter: number
  private retryTimer: ReturnType<typeof setTimeout> | undefined = undefined

  constructor(options: {
    readonly meetingId: string
    readonly send: (meetingId: string, command: MeetingCommandInput) => Promise<Result<Meeting>>
    readonly onSaved: (meeting: Meeting) => void
    readonly onState: (state: SaveState) => void
    /** Milliseconds before a queue stalled by a failure that may pass tries again by itself (3 s). */
    readonly retryAfter?: number
  }) {
    this.retryAfter = options.retryAfter ?? 3000
    this.meetingId = options.meetingId
    this.send = options.send
    this.onSaved = options.onSaved
    this.onStateListener = options.onState
  }

  /**
   * Points the queue at a new screen (the meeting opened again): its changes still waiting after a full
   * disk are kept while the meeting is closed, and are sent with the next change or 'Try again' there.
   */
  listen(listeners: {
    readonly onSaved: (meeting: Meeting) => void
    readonly onState: (state: SaveState) => void
  }): void {
    this.onSaved = listeners.onSaved
    this.onStateListener = listeners.onState
  }

  /** What the save indicator last said, or null if nothing was sent yet. */
  get state(): SaveState | null {
    return this.lastState
  }

  /** The commands not yet saved, oldest first (a form opened again shows what they hold). */
  pending(): ReadonlyArray<MeetingCommandInput> {
    return this.items.map((item) => item.command)
  }

  /** Queues a command; resolves with the saved meeting, or the refusal, once main has answered it. */
  enqueue(command: MeetingCommandInput, key: string | null = null): Promise<Result<Meeting>> {
    return new Promise((resolve) => {
      // The latest with this key, so that a newer text never goes before an older one still queued.
      const waiting =
        key === null
          ? undefined
          : this.items.findLast((item, index) => item.key === key && (index > 0 || !this.running))
      if (waiting) {
        waiting.command = command
        waiting.waiters.push(resolve)
      } else {
        this.items.push({ command, key, waiters: [resolve] })
      }
      this.stalled = null
      this.onState({ state: 'saving' })
      void this.pump()
    })
  }

  /** Tries the queued commands again after a failure that may have passed. */
  retry(): void {
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    this.stalled = null
    if (this.items.length > 0) this.onState({ state: 'saving' })
    void this.pump()
  }

  private onState(state: SaveState): void {
    this.lastState = state
    this.onStateListener(state)
  }

  /**
   * Whether a change main announced (by its revision) is already in a meeting this queue was answered with,
   * once the command on its way, if any, has its answer. Main announces a change before it answers the
   * command that made it, so a window asks this rather than fetching a meeting it is about to be sent.
   */
  async covers(revision: number): Promise<boolean> {
    if (this.inFlight) await this.inFlight
    return revision <= this.answeredRevision
  }

  /** True while anything is queued or on its way. */
  get busy(): boolean {
    return this.items.length > 0 || this.running
  }

  private async pump(): Promise<void> {
    if (this.running || this.stalled !== null) return
    this.running = true
    let lastSaved: Meeting | null = null
    while (this.items.length > 0) {
      const item = this.items[0]
      if (!item) break
      const sending = this.send(this.meetingId, item.command)
      this.inFlight = sending.catch(() => undefined)
      const result = await sending
      this.inFlight = null
      if (result.ok) this.answeredRevision = Math.max(this.answeredRevision, result.value.revision)
      if (!result.ok && mayPass.has(result.error.code)) {
        this.stalled = result.error.message
        this.running = false
        this.onState({ state: 'not-saved', message: result.error.message })
        // Like an outbox: tried again by itself, so space freed on the disk saves what waits without anyone
        // having to press 'Try again' or make another change.
        clearTimeout(this.retryTimer)
        this.retryTimer = setTimeout(() => this.retry(), this.retryAfter)
        return
      }
      this.items.shift()
      if (result.ok) {
        lastSaved = result.value
        this.refused = null
        this.onSaved(result.value)
      } else this.refused = result.error.message
      for (const waiter of item.waiters) waiter(result)
    }
    this.running = false
    this.onState(
      this.refused === null
        ? { state: 'saved', at: lastSaved?.updatedAt ?? null }
        : { state: 'refused', message: this.refused },
    )
  }
}
