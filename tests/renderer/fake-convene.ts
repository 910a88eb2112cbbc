import type { Meeting } from '../../shared/model/meeting.ts'

/** A call the renderer made on window.convene. */
export type ConveneCall = { readonly method: string; readonly args: ReadonlyArray<unknown> }

/**
 * A stand-in for window.convene that records calls to meetings.updateDetails and answers each only when
 * the test calls the returned `release`, so a test can see what happens while a save is on its way.
 */
export function installConvene(
  calls: ConveneCall[],
  meeting: Meeting,
  options: { failFirst?: string } = {},
): () => void {
  const waiting: Array<() => void> = []
  let current = meeting
  let failures = options.failFirst ? 1 : 0
  const api = {
    meetings: {
      updateDetails: (id: string, patch: Partial<Meeting>) => {
        calls.push({ method: 'meetings.updateDetails', args: [id, patch] })
        return new Promise((resolve) => {
          waiting.push(() => {
            if (failures > 0) {
              failures -= 1
              resolve({ ok: false, error: { code: 'disk-full', message: options.failFirst } })
              return
            }
            current = {
              ...current,
              ...patch,
              revision: current.revision + 1,
              updatedAt: '2026-11-22T09:01:00.000Z',
            }
            resolve({ ok: true, value: current })
          })
        })
      },
    },
    on: () => () => undefined,
  }
  Object.defineProperty(window, 'convene', { value: api, configurable: true })
  return () => {
    const next = waiting.shift()
    next?.()
  }
}
