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
  const reload = useCallback(() => {
    void convene()
      .cases.get(caseId)
      .then((result) => {
        if (!mounted.current) return
        if (result.ok) setView(result.value)
        else setProblem(result.error.message)
      })
  }, [caseId])
  useEffect(() => {
    mounted.current = true
    reload()
    return () => {
      mounted.current = false
    }
  }, [reload])
  // What was typed or ticked and could not be saved, by field, the latest of each: kept until it is.
  const [unsaved, setUnsaved] = useState<ReadonlyMap<string, CaseCommand>>(new Map())
  const [saveProblem, setSaveProblem] = useState<string | null>(null)
  const apply = useCallback(
    async (command: CaseCommand): Promise<Result<CaseView>> => {
      const result = await convene().cases.apply(caseId, command)
      if (!mounted.current) return result
      const key = fieldKey(command)
      if (result.ok) setView(result.value)
      if (key !== null)
        setUnsaved((before) => {
          const next = new Map(before)
          if (result.ok) next.delete(key)
          else next.set(key, command)
          if (next.size === 0) setSaveProblem(null)
          return next
        })
      if (!result.ok && key !== null) setSaveProblem(result.error.message)
      return result
    },
    [caseId],
  )
  /** Saves again, in order, everything that could not be saved. */
  const retry = useCallback(async () => {
    for (const command of unsaved.values()) {
      const result = await apply(command)
      if (!result.ok) return
    }
  }, [apply, unsaved])
  return { view, problem, apply, reload, unsaved: unsaved.size, saveProblem, retry }
}

/** Which field a change saves, so a later failure of the same field replaces the earlier; null for an action. */
function fieldKey(command: CaseCommand): string | null {
  if (command.type === 'update-party')
    return `party:${command.partyId}:${Object.keys(command.details).join(',')}`
  if (command.type === 'update-case-details')
    return `case:${Object.keys(command)
      .filter((key) => key !== 'type')
      .join(',')}`
  if (command.type === 'record-rating') return `rating:${command.partyId}:${command.when}`
  if (command.type === 'update-measures')
    return `measures:${Object.keys(command)
      .filter((key) => key !== 'type')
      .join(',')}`
  return null
}

/**
 * Saves what is typed in a case's field once the typing pauses (and at once when the field is left, or the
 * screen closes), so a word typed is never lost and the case's journal gets one entry per pause, not per
 * letter.
 */
export function usePausedSave(
  save: (text: string) => void,
  pauseMs = 400,
  /** The longest typing that runs on goes unsaved: a crash never takes more than this much of it. */
  atMostMs = 2000,
) {
  const pending = useRef<string | null>(null)
  const since = useRef(0)
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
  // A window closed or reloaded mid-pause still sends what was typed.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [flush])
  const typed = useCallback(
    (text: string) => {
      const now = Date.now()
      if (pending.current === null) since.current = now
      pending.current = text
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, Math.max(0, Math.min(pauseMs, since.current + atMostMs - now)))
    },
    [flush, pauseMs, atMostMs],
  )
  return { typed, flush }
}
