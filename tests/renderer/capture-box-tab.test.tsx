import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CaptureBox } from '../../renderer/live/capture-box.tsx'
import type { FromFrame } from '../../renderer/capture/protocol.ts'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

/** The capture box with its note frame played by the test (jsdom loads no frame): returns how to speak as it. */
async function aCaptureBox(): Promise<(message: FromFrame) => Promise<void>> {
  // jsdom has no media queries: the light scheme.
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList
  Object.defineProperty(window, 'convene', {
    configurable: true,
    value: {
      drafts: {
        get: async () => ({ ok: true, value: null }),
        save: async () => ({ ok: true, value: undefined }),
      },
    },
  })
  const people = [
    {
      id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
      name: 'Sarah Jones',
      role: 'Health visitor',
      agency: 'NHS',
      group: 'professional',
      email: '',
      attendance: { status: 'present' },
    },
  ] as never
  render(
    <CaptureBox
      meetingId="m"
      sectionKey="scaling"
      sectionHeading="Safety scale"
      people={people}
      names={new Map()}
      onAdd={() => undefined}
      isAdded={() => false}
    />,
  )
  const element = document.getElementById('note-frame')
  if (!(element instanceof HTMLIFrameElement)) throw new Error('no note frame')
  let port: MessagePort | undefined
  Object.defineProperty(element, 'contentWindow', {
    value: { postMessage: (_data: unknown, _origin: string, ports: MessagePort[]) => (port = ports[0]) },
  })
  element.dispatchEvent(new Event('load'))
  const say = async (message: FromFrame): Promise<void> => {
    port?.postMessage(message)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  }
  await say({ type: 'ready' })
  return say
}

describe('Tab in the note', () => {
  it('moves the focus on from the note, and never later from wherever the chair has gone since', async () => {
    const say = await aCaptureBox()
    const frame = document.getElementById('note-frame') as HTMLIFrameElement
    const speaker = document.getElementById('speaker') as HTMLInputElement
    frame.focus()
    await say({ type: 'tab', back: true })
    expect(document.activeElement).toBe(speaker)

    // A Tab heard late (the frame was busy): the chair has already gone on to another field.
    const danger = document.createElement('textarea')
    document.body.append(danger)
    danger.focus()
    await say({ type: 'tab', back: false })
    expect(document.activeElement).toBe(danger)
  })
})
