import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import type { CaseView } from '../../shared/meeting/case-view.ts'
import type { Result } from '../../shared/util/result.ts'
import { convene } from '../api/convene.ts'

/**
 * A case as its screen shows it, and a way to add to its journal: each change answers with the case as it
 * now stands, which replaces what is shown. A change that fails leaves the case as it was and says why.
 */
export function useCase(caseId: string) {
  const [view, setView] = useState<CaseView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    void convene()
      .cases.get(caseId)
      .then((result) => {
        if (!mounted.current) return
        if (result.ok) setView(result.value)
        else setProblem(result.error.message)
      })
    return () => {
      mounted.current = false
    }
  }, [caseId])
  const apply = useCallback(
    async (command: CaseCommand): Promise<Result<CaseView>> => {
      const result = await convene().cases.apply(caseId, command)
      if (result.ok && mounted.current) setView(result.value)
      return result
    },
    [caseId],
  )
  return { view, problem, apply }
}

/**
 * Saves what is typed in a case's field once the typing pauses (and at once when the field is left, or the
 * screen closes), so a word typed is never lost and the case's journal gets one entry per pause, not per
 * letter.
 */
export function usePausedSave(save: (text: string) => void, pauseMs = 700) {
  const pending = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(save)
  useEffect(() => {
    latest.current = save
  })
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (pending.current !== null) latest.current(pending.current)
    pending.current = null
  }, [])
  useEffect(() => flush, [flush])
  const typed = useCallback(
    (text: string) => {
      pending.current = text
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, pauseMs)
    },
    [flush, pauseMs],
  )
  return { typed, flush }
}
