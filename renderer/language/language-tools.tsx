import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { analyse, type Finding } from '../../shared/language/analyse.ts'
import {
  compileForSettings,
  explainedBefore,
  languageContextFor,
} from '../../shared/language/meeting-language.ts'
import type { LanguageDismissal } from '../../shared/model/language-dismissal.ts'
import type { LanguageSettings } from '../../shared/language/language-settings.ts'
import { convene } from '../api/convene.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'

/** What a text field needs from the restorative-language assistant. */
export type LanguageTools = {
  /** Whether the council (or the chair) has the assistant on. */
  readonly on: boolean
  readonly settings: LanguageSettings | null
  readonly setOn: (on: boolean) => Promise<void>
  /** The findings in a text written for a section (noteId null for a note not yet added). */
  readonly check: (text: string, sectionKey: string, noteId: string | null) => ReadonlyArray<Finding>
  /** Keeps a wording: in one note (noteId), or in every note of this meeting (null). */
  readonly keep: (dismissal: LanguageDismissal) => void
}

const off: LanguageTools = {
  on: false,
  settings: null,
  setOn: async () => undefined,
  check: () => [],
  keep: () => undefined,
}

const LanguageToolsContext = createContext<LanguageTools>(off)

/** The assistant for the text fields of the open meeting. */
export function useLanguageTools(): LanguageTools {
  return useContext(LanguageToolsContext)
}

/**
 * Gives the meeting's text fields the assistant. Its value changes only when the settings do, never when
 * the meeting is saved, so the capture box does not redraw for every note: the latest meeting is read when
 * a text is checked.
 */
export function LanguageToolsProvider({ children }: { readonly children: ReactNode }) {
  const { meeting, send } = useMeetingContext()
  const settings = useSettings()?.language ?? null
  // Switching the assistant shows at once; the saved settings follow a moment later.
  const [switched, setSwitched] = useState<{ readonly from: LanguageSettings; readonly on: boolean } | null>(
    null,
  )
  const latest = useRef(meeting)
  useEffect(() => {
    latest.current = meeting
  })
  const value = useMemo<LanguageTools>(() => {
    if (!settings) return off
    const compiled = compileForSettings(settings)
    return {
      on: switched?.from === settings ? switched.on : settings.assistantOn,
      settings,
      setOn: async (on) => {
        setSwitched({ from: settings, on })
        const result = await convene().settings.update({ language: { ...settings, assistantOn: on } })
        if (!result.ok) setSwitched(null)
      },
      check: (text, sectionKey, noteId) => {
        const current = latest.current
        const explained = explainedBefore(current, compiled, noteId)
        return analyse(text, compiled, languageContextFor(current, sectionKey, noteId, explained))
      },
      keep: (dismissal) => void send({ type: 'keep-wording', dismissal }),
    }
  }, [settings, send, switched])
  return <LanguageToolsContext.Provider value={value}>{children}</LanguageToolsContext.Provider>
}
