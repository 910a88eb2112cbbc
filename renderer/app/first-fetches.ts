import type { VaultStatus } from '../../shared/contract/values.ts'
import type { MeetingListEntry } from '../../shared/model/meeting-summary.ts'
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

/**
 * Asks main for what the first screen shows (whether the meetings are locked and, when they are open and
 * the page opens on the list, the list) while the screens' code is still loading, rather than one after the
 * other once each screen has rendered. Called once, from main.tsx, before the app's code is imported.
 */
export function startFirstFetches(): void {
  if (status || !hasConvene()) return
  const onList = parseRoute(window.location.hash).screen === 'meetings'
  status = early(convene().vault.status())
  void status.promise.then((result) => {
    if (onList && result.ok && result.value.state === 'unlocked') meetings = early(convene().meetings.list())
  })
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
