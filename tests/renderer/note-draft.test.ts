import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NoteDraft } from '../../shared/model/note-draft.ts'
import { DraftKeeper, mergeDraftText } from '../../renderer/live/note-draft.ts'

const noteId = '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a13'
const meetingId = '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12'

/** A window.convene whose drafts.save records what it was given. */
function recordSaves(): NoteDraft[] {
  const saved: NoteDraft[] = []
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      drafts: {
        save: async (_id: string, draft: NoteDraft) => {
          saved.push(draft)
          return { ok: true, value: { saved: true } }
        },
      },
    },
  })
  return saved
}

afterEach(() => {
  delete (window as { convene?: unknown }).convene
  vi.useRealTimers()
})

const draftOf = (text: string): NoteDraft => ({
  noteId,
  text,
  speakerId: null,
  notForFamily: false,
  verbatim: false,
})

describe('DraftKeeper', () => {
  it('saves nothing until the draft kept from last time is back, then saves it with what was typed meanwhile', async () => {
    const saved = recordSaves()
    let box = ''
    let restore: () => void = () => undefined
    const ready = new Promise<void>((resolve) => (restore = resolve))
    const keeper = new DraftKeeper(
      meetingId,
      () => draftOf(box),
      () => undefined,
      ready,
    )
    // A few letters typed, and the box left (a tab switch), before the kept draft has arrived.
    box = 'and then'
    keeper.changed()
    keeper.close()
    await Promise.resolve()
    expect(saved).toEqual([])
    box = mergeDraftText('Sarah said', box)
    restore()
    await vi.waitFor(() => expect(saved.map((draft) => draft.text)).toEqual(['Sarah said and then']))
  })

  it('saves nothing when nothing changed, so leaving an untouched box never empties a kept draft', async () => {
    const saved = recordSaves()
    const keeper = new DraftKeeper(
      meetingId,
      () => draftOf(''),
      () => undefined,
    )
    keeper.flush()
    keeper.close()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(saved).toEqual([])
  })

  it('saves as typing pauses, once for a burst of keystrokes, with the newest words', async () => {
    vi.useFakeTimers()
    const saved = recordSaves()
    let box = ''
    const states: boolean[] = []
    const keeper = new DraftKeeper(
      meetingId,
      () => draftOf(box),
      (ok) => states.push(ok),
    )
    for (const letter of 'Anna said') {
      box += letter
      keeper.changed()
      await vi.advanceTimersByTimeAsync(60)
    }
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(500)
    expect(saved.map((draft) => draft.text)).toEqual(['Anna said'])
    expect(states).toEqual([false, true])
  })

  it('saves at least every two seconds while typing runs on', async () => {
    vi.useFakeTimers()
    const saved = recordSaves()
    let box = ''
    const keeper = new DraftKeeper(
      meetingId,
      () => draftOf(box),
      () => undefined,
    )
    for (let key = 0; key < 50; key += 1) {
      box += 'a'
      keeper.changed()
      await vi.advanceTimersByTimeAsync(60)
    }
    expect(saved.length).toBeGreaterThanOrEqual(1)
    expect(saved[0]?.text.length).toBeLessThan(50)
  })
})

describe('DraftKeeper on a full disk', () => {
  it('says at once that a draft could not be kept, and goes on trying until it is', async () => {
    vi.useFakeTimers()
    let full = true
    const tries: string[] = []
    Object.defineProperty(window, 'convene', {
      configurable: true,
      value: {
        drafts: {
          save: async (_id: string, draft: NoteDraft) => {
            tries.push(draft.text)
            return full
              ? { ok: false, error: { code: 'disk-full', message: 'The disk is full.' } }
              : { ok: true, value: { saved: true } }
          },
        },
      },
    })
    let box = ''
    const told: Array<[boolean, string | undefined]> = []
    const keeper = new DraftKeeper(
      meetingId,
      () => draftOf(box),
      (saved, problem) => told.push([saved, problem]),
    )
    box = 'Mum said that'
    keeper.changed()
    await vi.advanceTimersByTimeAsync(500)
    expect(told.at(-1)).toEqual([false, 'The disk is full.'])
    full = false
    await vi.advanceTimersByTimeAsync(4000)
    expect(tries.at(-1)).toBe('Mum said that')
    expect(told.at(-1)).toEqual([true, undefined])
  })
})

describe('mergeDraftText', () => {
  it('brings a kept draft back without losing or doubling what is in the box', () => {
    expect(mergeDraftText('Sarah said', '')).toBe('Sarah said')
    expect(mergeDraftText('Sarah said', 'Sarah said')).toBe('Sarah said')
    expect(mergeDraftText('Sarah said', 'and then')).toBe('Sarah said and then')
    expect(mergeDraftText('Sarah said', 'Sarah said and then')).toBe('Sarah said and then')
    expect(mergeDraftText('', 'typed')).toBe('typed')
  })
})
