import type { VaultStatus } from '../../shared/contract/values.ts'
import type { MeetingListEntry } from '../../shared/meeting/meeting-summary.ts'
import type { Result } from '../../shared/util/result.ts'
import { convene, hasConvene } from '../api/convene.ts'
import { parseRoute } from './router.ts'

/** A call made as the page starts: its promise, and its answer once it has come. */
type EarlyCall<T> = { readonly promise: Promise<Result<T>>; answer: Result<T> | null; taken: boolean }

function early<T>(promise: Promise<Result<T>>): EarlyCall<T> {
  const call: EarlyCall<T> = { promise, answer: null, taken: false }
  void promise.then((result) => (call.answer = result))
  return call
}

let status: EarlyCall<VaultStatus> | null = null
let meetings: EarlyCall<ReadonlyArray<MeetingListEntry>> | null = null
let answered: Promise<unknown> = Promise.resolve()

/**
 * Asks main for what the first screen shows (whether the meetings are locked and, when they are open and
 * the page opens on the list, the list) while the screens' code is still loading, rather than one after the
 * other once each screen has rendered. Called once, from main.tsx, before the app's code is imported.
 */
export function startFirstFetches(): void {
  if (status || !hasConvene()) return
  status = early(convene().vault.status())
  // The list is asked for at the same time, not after the status: when the meetings are locked it is
  // refused, and the refusal is never shown (the lock screen is).
  const list =
    parseRoute(window.location.hash).screen === 'meetings' ? early(convene().meetings.list()) : null
  answered = Promise.all([status.promise, list?.promise])
  void status.promise.then((result) => {
    if (result.ok && result.value.state === 'unlocked') meetings = list
  })
}

/**
 * Waits until the calls made at start have answered, or the given time has passed. The app's code is
 * evaluated in one long task, during which the answers arrive but cannot be read; rendering at once would
 * draw the first screen empty, then again when they are read. Waiting a turn draws it once.
 */
export function firstAnswers(withinMs: number): Promise<void> {
  return Promise.race([
    answered.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, withinMs)),
  ])
}

/**
 * The vault's status as the page started, once it has come, if it says the meetings are locked (or cannot
 * be opened): main.tsx then draws the lock screen at once, without waiting for the app's code. Never
 * settles otherwise (unlocked, a refusal, or not in Convene), and the app starts as usual.
 */
export function lockedAtStart(): Promise<VaultStatus> {
  const call = status
  if (!call) return new Promise<VaultStatus>(() => undefined)
  return call.promise.then(
    (result) =>
      result.ok && result.value.state !== 'unlocked'
        ? result.value
        : new Promise<VaultStatus>(() => undefined),
    () => new Promise<VaultStatus>(() => undefined),
  )
}

/**
 * The vault's status: `now` if the early call has answered (the first time only), else `later`, the early
 * call still on its way or a new one.
 */
export function firstStatus(): {
  readonly now: Result<VaultStatus> | null
  readonly later: () => Promise<Result<VaultStatus>>
} {
  const call = status
  if (call && !call.taken) {
    call.taken = true
    return { now: call.answer, later: () => call.promise }
  }
  return { now: null, later: () => convene().vault.status() }
}

/** The meetings list, as `firstStatus`: the early call's answer the first time, a new call after that. */
export function firstMeetings(): {
  readonly now: Result<ReadonlyArray<MeetingListEntry>> | null
  readonly later: () => Promise<Result<ReadonlyArray<MeetingListEntry>>>
} {
  const call = meetings
  if (call && !call.taken) {
    call.taken = true
    return { now: call.answer, later: () => call.promise }
  }
  return { now: null, later: () => convene().meetings.list() }
}
