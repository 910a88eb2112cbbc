import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Testing Library cleans up by itself only when the test runner's globals are on; ours are not.
afterEach(() => cleanup())

// jsdom lays nothing out: a component's watch on its own size (the agenda, a multi-line field) sees nothing.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
