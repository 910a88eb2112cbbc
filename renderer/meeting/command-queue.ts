import type { MeetingCommand } from '../../shared/commands/meeting-command.ts'
import type { Meeting } from '../../shared/model/meeting.ts'
import type { ErrorCode, Result } from '../../shared/util/result.ts'
import type { SaveState } from '../common/save-status.tsx'

type Waiter = (result: Result<Meeting>) => void
type Item = { command: MeetingCommand; readonly key: string | null; readonly waiters: Waiter[] }

/** Failures that may pass (a full disk, a write error): the commands stay queued and are tried again. */
const mayPass: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'disk-full',
  'write-failed',
  'internal',
  'locked',
])

/**
 * The renderer's side of 'saved before it shows as saved'. Commands for one meeting go to main one at a
 * time, in order. A command with a key replaces a queued (not yet sent) command with the same key, so
 * typing in a field sends the latest text, not every keystroke. A failure that may pass keeps the queue
 * and stops until the next change or `retry`; a refusal answers its caller and the rest carry on.
 */
export class CommandQueue {
  private readonly meetingId: string
  private readonly send: (meetingId: string, command: MeetingCommand) => Promise<Result<Meeting>>
  private readonly onSaved: (meeting: Meeting) => void
  private readonly onState: (state: SaveState) => void
  private readonly items: Item[] = []
  private running = false
  private stalled: string | null = null

  constructor(options: {
    readonly meetingId: string
    readonly send: (meetingId: string, command: MeetingCommand) => Promise<Result<Meeting>>
    readonly onSaved: (meeting: Meeting) => void
    readonly onState: (state: SaveState) => void
  }) {
    this.meetingId = options.meetingId
    this.send = options.send
    this.onSaved = options.onSaved
    this.onState = options.onState
  }

  /** Queues a command; resolves with the saved meeting, or the refusal, once main has answered it. */
  enqueue(command: MeetingCommand, key: string | null = null): Promise<Result<Meeting>> {
    return new Promise((resolve) => {
      const waiting =
        key === null
          ? undefined
          : this.items.find((item, index) => item.key === key && (index > 0 || !this.running))
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
    this.stalled = null
    if (this.items.length > 0) this.onState({ state: 'saving' })
    void this.pump()
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
      const result = await this.send(this.meetingId, item.command)
      if (!result.ok && mayPass.has(result.error.code)) {
        this.stalled = result.error.message
        this.running = false
        this.onState({ state: 'not-saved', message: result.error.message })
        return
      }
      this.items.shift()
      if (result.ok) {
        lastSaved = result.value
        this.onSaved(result.value)
      }
      for (const waiter of item.waiters) waiter(result)
    }
    this.running = false
    this.onState({ state: 'saved', at: lastSaved?.updatedAt ?? null })
  }
}
