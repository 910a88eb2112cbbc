import { createContext, useContext } from 'react'
import { blankMiam, type MiamRecord } from '../../shared/kinds/mediation/miam.ts'
import type { QuestionSet } from '../../shared/kinds/mediation/screening.ts'
import { useMiamContext } from '../meeting/meeting-context.tsx'

/** The questions a MIAM not yet started will be asked from: the service's own in Settings, or Convene's. */
export const StartingQuestions = createContext<QuestionSet | undefined>(undefined)

/**
 * The open MIAM for the screening tab's parts. Until its first change the MIAM is not started, and shows
 * the questions it will start with: those in Settings now (main adds them to that first change).
 */
export function useMiam(): ReturnType<typeof useMiamContext> & { readonly miam: MiamRecord } {
  const context = useMiamContext()
  const starting = useContext(StartingQuestions)
  return context.meeting.record.miam === null ? { ...context, miam: blankMiam(starting) } : context
}
