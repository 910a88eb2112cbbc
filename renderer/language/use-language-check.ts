import { useEffect, useMemo, useState } from 'react'
import {
  languageCheck,
  meetingLanguageReport,
  type LanguageCheckProgress,
  type MeetingLanguageReport,
} from '../../shared/language/meeting-language.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { LanguageSettings } from '../../shared/language/language-settings.ts'

/** What the Language check shows: the latest report, and how far the check of the meeting as it now is has got. */
export type LanguageCheckState = {
  /** The latest finished report: of this meeting as it now is, or (while `checking`) as it was. */
  readonly report: MeetingLanguageReport | null
  /** How far the check of the meeting as it now is has got; null once it is done. */
  readonly checking: LanguageCheckProgress | null
}

/** How long the check may hold the page at a time: well under a frame, so typing and clicks are answered. */
const sliceMs = 8
/** A meeting this short is checked at once, as it is drawn: a few milliseconds, and nothing flickers. */
const checkAtOnceUpTo = 200

/**
 * Lets the browser handle input, paint and whatever else is waiting (a save's answer, a timer) before the
 * next slice. A message is queued behind those, in turn; scheduler.yield() is not used because its
 * continuations go ahead of other tasks, so a save's answer waited for the whole check.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

// The last report made for each meeting (as it stood), so going back to a tab whose meeting has not
// changed shows it at once; weakly held, so a meeting left behind is not kept in memory for it.
const made = new WeakMap<
  Meeting,
  { readonly settings: LanguageSettings; readonly report: MeetingLanguageReport }
>()

/**
 * The language check of the open meeting, worked out in slices of a few milliseconds with the page free
 * in between: a 50,000-note meeting takes seconds to check, and in one piece it froze the page for all of
 * them. While a changed meeting is checked again, the previous report stays on screen.
 */
export function useLanguageCheck(meeting: Meeting, settings: LanguageSettings | null): LanguageCheckState {
  // What the latest slice found, and for which meeting and settings.
  const [state, setState] = useState<{
    readonly meeting: Meeting | null
    readonly settings: LanguageSettings | null
    readonly report: MeetingLanguageReport | null
    readonly checking: LanguageCheckProgress | null
  }>({ meeting: null, settings: null, report: null, checking: null })
  const atOnce = useMemo(
    () =>
      settings && meeting.notes.length <= checkAtOnceUpTo ? meetingLanguageReport(meeting, settings) : null,
    [meeting, settings],
  )
  const earlier = made.get(meeting)
  const cached = atOnce ?? (earlier && earlier.settings === settings ? earlier.report : null)
  useEffect(() => {
    if (!settings || cached) return
    let stopped = false
    const check = languageCheck(meeting, settings)
    void (async () => {
      let shownAt = performance.now()
      for (;;) {
        const sliceStart = performance.now()
        let step = check.next()
        while (!step.done && performance.now() - sliceStart < sliceMs) step = check.next()
        if (step.done) {
          made.set(meeting, { settings, report: step.value })
          setState({ meeting, settings, report: step.value, checking: null })
          return
        }
        // Progress redraws a few times a second, not after every slice.
        if (sliceStart - shownAt > 100) {
          shownAt = sliceStart
          const checking = step.value
          setState((shown) => ({ meeting, settings, report: shown.report, checking }))
        }
        await nextTurn()
        if (stopped) return
      }
    })()
    return () => {
      stopped = true
    }
  }, [meeting, settings, cached])
  if (cached) return { report: cached, checking: null }
  if (state.meeting === meeting && state.settings === settings) return state
  // A check of the meeting as it now is has only just begun. With nothing on screen yet, say so at once;
  // with an earlier report there, keep it until the check has run for a moment (most take one slice).
  return {
    report: state.report,
    checking: state.report ? null : { checked: 0, of: meeting.notes.length },
  }
}
