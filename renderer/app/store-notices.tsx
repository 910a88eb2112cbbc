import { useEffect, useState } from 'react'
import type { StoreNotice } from '../../shared/contract/values.ts'
import { convene, useConveneEvent } from '../api/convene.ts'
import { Message } from '../plain/plain.tsx'

/**
 * What Convene found when it opened that the user must know: settings or a signing identity it could not
 * read whole, kept aside rather than replaced. Shown above every screen until dismissed (and again at the
 * next start, until the settings or identity are saved again).
 */
export function StoreNotices() {
  const [notices, setNotices] = useState<ReadonlyArray<StoreNotice>>([])
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const load = (): void =>
    void convene()
      .app.notices()
      .then((result) => result.ok && setNotices(result.value))
  useEffect(load, [])
  useConveneEvent('settings-changed', load)
  const shown = notices.filter((notice) => !dismissed.has(notice.about))
  if (shown.length === 0) return null
  return (
    <>
      {shown.map((notice) => (
        <div key={notice.about} className="plain-stacked">
          <Message
            severity="warning"
            title={notice.title}
            onClose={() => setDismissed((current) => new Set([...current, notice.about]))}
            closeLabel={`Dismiss: ${notice.title}`}
          >
            {notice.message}
          </Message>
        </div>
      ))}
    </>
  )
}
