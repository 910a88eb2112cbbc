import { useEffect, useState } from 'react'
import type { CouncilSettings } from '../../shared/settings/settings.ts'
import { convene, useConveneEvent } from '../api/convene.ts'

/** The council's settings as the store last returned them; null while loading. */
export function useSettings(): CouncilSettings | null {
  const [settings, setSettings] = useState<CouncilSettings | null>(null)
  useEffect(() => {
    void convene()
      .settings.get()
      .then((result) => result.ok && setSettings(result.value))
  }, [])
  useConveneEvent('settings-changed', ({ settings: saved }) => setSettings(saved))
  return settings
}
