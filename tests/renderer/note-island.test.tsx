import { StrictMode, useRef } from 'react'
import { render } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { useNoteIsland } from '../../renderer/live/use-note-island.ts'

beforeAll(() => {
  // jsdom has no ResizeObserver; the island only needs to be told nothing moved.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
})

function CaptureSlot() {
  const around = useRef<HTMLDivElement>(null)
  const slot = useRef<HTMLDivElement>(null)
  useNoteIsland(slot, around)
  return (
    <div ref={around}>
      <div ref={slot} />
    </div>
  )
}

describe('the note field in a place of its own', () => {
  afterEach(() => document.body.replaceChildren())

  it('is in the page once, even where React renders twice and throws one render away', () => {
    const { unmount } = render(
      <StrictMode>
        <CaptureSlot />
      </StrictMode>,
    )
    expect(document.querySelectorAll('#note-text')).toHaveLength(1)
    unmount()
    expect(document.querySelectorAll('#note-text')).toHaveLength(0)
  })
})
