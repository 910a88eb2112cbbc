import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import {
  isConference,
  isMediation,
  type ConferenceMeetingValue,
  type MediationMeetingValue,
  type Meeting,
} from '../../shared/meeting/meeting.ts'
import { blankMiam, type MiamRecord } from '../../shared/kinds/mediation/miam.ts'
import type { RecoveryNotice } from '../../shared/contract/values.ts'
import type { Result } from '../../shared/util/result.ts'
import { displayNames } from '../../shared/rules/people.ts'
import { convene } from '../api/convene.ts'
import type { SaveState } from '../common/save-status.tsx'
import { CommandQueue } from './command-queue.ts'

/** Everything a screen of the workspace needs about the open meeting. */
export type MeetingContextValue = {
  readonly meeting: Meeting
  readonly recovery: RecoveryNotice | null
  /** How each participant is named on screen (with their role where two share a name). */
  readonly names: ReadonlyMap<string, string>
  /** Sends a change; a `key` lets a later change to the same thing replace this one while it waits. */
  readonly send: (command: MeetingCommandInput, key?: string) => Promise<Result<Meeting>>
  readonly retry: () => void
  /** Changes sent but not yet saved (after a full disk, say), oldest first. */
  readonly pending: () => ReadonlyArray<MeetingCommandInput>
  /** The capture box's draft could not be kept (why), or is kept again (null). */
  readonly reportDraft: (problem: string | null) => void
}

const MeetingContext = createContext<MeetingContextValue | null>(null)

/**
 * Whether the latest change is saved, in a context of its own: it changes twice for every note ('Saving…',
 * then saved), and only the save indicator needs to redraw for that, not the whole live meeting.
 */
const SaveStateContext = createContext<SaveState>({ state: 'saved', at: null })

/** The save indicator's state. */
export function useSaveState(): SaveState {
  return useContext(SaveStateContext)
}

/**
 * One queue per meeting for the life of the page, not of the screen: changes waiting after a full disk
 * must not be dropped because the chair went back to the meetings list; they are there, still waiting,
 * when the meeting is opened again.
 */
const queues = new Map<string, CommandQueue>()

function queueFor(meetingId: string): CommandQueue {
  let queue = queues.get(meetingId)
  if (!queue) {
    queue = new CommandQueue({
      meetingId,
      send: (id, command) => convene().meetings.apply(id, command),
      onSaved: () => undefined,
      onState: () => undefined,
    })
    queues.set(meetingId, queue)
  }
  return queue
}

/**
 * Whether a change main announced for a meeting is already in an answer this window's queue was given (or
 * is about to be given): only a change made elsewhere needs the meeting fetched again.
 */
export function madeHere(meetingId: string, revision: number): Promise<boolean> {
  return queueFor(meetingId).covers(revision)
}

/** The open meeting and its command queue, for every component of the workspace. */
export function useMeetingContext(): MeetingContextValue {
  const value = useContext(MeetingContext)
  if (!value) throw new Error('useMeetingContext outside a MeetingProvider')
  return value
}

/** The open meeting's context where the meeting is a conference: for the parts only a conference has. */
export function useConferenceContext(): MeetingContextValue & { readonly meeting: ConferenceMeetingValue } {
  const value = useMeetingContext()
  const meeting = value.meeting
  if (!isConference(meeting))
    throw new Error('A conference part shown for a meeting that is not a conference')
  return { ...value, meeting }
}

/** The open meeting's context where it is a MIAM, with its MIAM (blank until the mediator starts it). */
export function useMiamContext(): MeetingContextValue & {
  readonly meeting: MediationMeetingValue
  readonly miam: MiamRecord
} {
  const value = useMeetingContext()
  const meeting = value.meeting
  if (!isMediation(meeting) || meeting.kind !== 'miam')
    throw new Error('A MIAM part shown for a meeting that is not a MIAM')
  return { ...value, meeting, miam: meeting.record.miam ?? blankMiam() }
}

/** Holds the open meeting as the store last returned it, and the queue that changes it. */
export function MeetingProvider({
  meeting,
  recovery,
  accept,
  children,
}: {
  readonly meeting: Meeting
  readonly recovery: RecoveryNotice | null
  readonly accept: (meeting: Meeting) => void
  readonly children: ReactNode
}) {
  const queue = useMemo(() => queueFor(meeting.id), [meeting.id])
  const [save, setSave] = useState<SaveState>(() =>
    queue.busy && queue.state ? queue.state : { state: 'saved', at: meeting.updatedAt },
  )
  const latestAccept = useRef(accept)
  useEffect(() => {
    latestAccept.current = accept
  })
  useEffect(() => {
    queue.listen({ onSaved: (saved) => latestAccept.current(saved), onState: setSave })
    return () => queue.listen({ onSaved: () => undefined, onState: () => undefined })
  }, [queue])
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent): void => {
      if (queue.busy) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [queue])
  const names = useMemo(() => displayNames(meeting.participants), [meeting.participants])
  // Stable for the life of the meeting, so components that only send changes never redraw for a save.
  const send = useCallback(
    (command: MeetingCommandInput, key?: string) => queue.enqueue(command, key ?? null),
    [queue],
  )
  const retry = useCallback(() => queue.retry(), [queue])
  const pending = useCallback(() => queue.pending(), [queue])
  const [draftProblem, setDraftProblem] = useState<string | null>(null)
  const reportDraft = useCallback((problem: string | null) => setDraftProblem(problem), [])
  const value = useMemo<MeetingContextValue>(
    () => ({ meeting, recovery, names, send, retry, pending, reportDraft }),
    [meeting, recovery, names, send, retry, pending, reportDraft],
  )
  // 'All changes saved' is never said while the note being typed could not be kept.
  const shown = useMemo<SaveState>(
    () =>
      draftProblem !== null && save.state === 'saved'
        ? {
            state: 'not-saved',
            message: `The note you are typing is not kept yet (${draftProblem}). It stays in the box; it is kept as soon as it can be.`,
          }
        : save,
    [draftProblem, save],
  )
  return (
    <MeetingContext.Provider value={value}>
      <SaveStateContext.Provider value={shown}>{children}</SaveStateContext.Provider>
    </MeetingContext.Provider>
  )
}
