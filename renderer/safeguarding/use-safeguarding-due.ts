import { useEffect, useRef, useState } from 'react'
import type { SafeguardingDue } from '../../shared/meeting/case-view.ts'
import { convene } from '../api/convene.ts'
import { afterInteractive } from '../app/ready-mark.ts'

/**
 * Every safeguarding step due across the cases, asked of main now, each minute after, and again whenever
 * `askAgain` changes (the screen shown: a step just recorded in a case is seen on leaving it). Null until
 * main first answers.
 */
export function useSafeguardingDue(
  askAgain: unknown = null,
  {
    everyMs = 60_000,
    afterFirstScreen = true,
  }: {
    readonly everyMs?: number
    /** False where the caller is itself shown only once the first screen has its data (the home's alerts). */
    readonly afterFirstScreen?: boolean
  } = {},
): ReadonlyArray<SafeguardingDue> | null {
  const [due, setDue] = useState<ReadonlyArray<SafeguardingDue> | null>(null)
  useEffect(() => {
    let live = true
    const ask = (): void => {
      void convene()
        .safeguarding.due()
        .then((result) => live && result.ok && setDue(result.value))
    }
    // After the first screen is drawn: reading every case is never in the way of opening the app.
    if (afterFirstScreen) afterInteractive(ask)
    else ask()
    const timer = setInterval(ask, everyMs)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [everyMs, askAgain, afterFirstScreen])
  return due
}

/**
 * A system notification when a safeguarding step falls near or past due, once for each, until it is
 * recorded. It names no family and no child (a screen is often seen by others): it says to open Convene.
 */
export function useSafeguardingNotifications(askAgain: unknown): void {
  const due = useSafeguardingDue(askAgain)
  const told = useRef(new Set<string>())
  useEffect(() => {
    if (typeof Notification === 'undefined') return
    for (const item of due ?? []) {
      if (!item.passed && !item.near) continue
      const key = `${item.concernId}:${item.step}:${item.passed ? 'passed' : 'near'}`
      if (told.current.has(key)) continue
      told.current.add(key)
      const show = () =>
        new Notification('Convene: a safeguarding step is due', {
          body: item.passed
            ? 'A safeguarding step is due now. Open Convene to see it.'
            : 'A safeguarding step is due within two hours. Open Convene to see it.',
          tag: key,
        })
      if (Notification.permission === 'granted') show()
      else if (Notification.permission === 'default')
        void Notification.requestPermission().then((permission) => permission === 'granted' && show())
    }
  }, [due])
}
