import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { Spinner } from '../plain/plain.tsx'
import { whenIdle } from '../common/when-idle.ts'

/** A screen whose code is fetched when it is first shown (or preloaded when the app is idle). */
export type LazyScreen<P extends object> = ComponentType<P> & {
  /** Fetches the screen's code without showing it; the same promise every time. */
  readonly preload: () => Promise<unknown>
}

/** What shows while a screen's code is on its way: a busy region, labelled for screen readers. */
export function LoadingScreen({ label }: { readonly label: string }) {
  return (
    <div aria-busy="true" className="loading-screen">
      <Spinner label={label} />
    </div>
  )
}

/**
 * A screen split into its own chunk, so the first screen (the lock screen or the meetings list) loads only
 * what it needs. Once the chunk is loaded (by `preload` in idle time, or by an earlier visit) the screen is
 * rendered directly, with no fallback frame; the choice is made once per mount, so a screen never remounts
 * (and loses what was typed in it) when its chunk arrives. It is drawn in MUI's theme (`MuiScope`), whose
 * code comes with the first lazy screen: the first screens themselves are plain elements.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** What the busy region says while the code loads; null to show nothing (for a part of a screen). */
  label: string | null,
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= Promise.all([load(), import('./mui-scope.tsx')]).then(
      ([Component, { MuiScope }]) => {
        // Drawn with MUI, in MUI's theme: a scope of its own unless it is inside another lazy screen's.
        loaded = (props: P) => (
          <MuiScope>
            <Component {...props} />
          </MuiScope>
        )
        return loaded
      },
      (error: unknown) => {
        // A chunk that failed to arrive may arrive on the next try (the screen's error shows 'Reload').
        pending = null
        throw error
      },
    ))
  const Deferred = lazy(async () => ({ default: await preload() }))
  function Screen(props: P): ReactNode {
    const [Direct] = useState(() => loaded)
    if (Direct) return <Direct {...props} />
    return (
      <Suspense fallback={label === null ? null : <LoadingScreen label={label} />}>
        <Deferred {...props} />
      </Suspense>
    )
  }
  return Object.assign(Screen, { preload })
}

/**
 * Fetches the given screens' code once the browser is idle, so that moving on from the first screen does
 * not wait for the network or the disk. A failure is left for the screen itself to meet (and show) later.
 */
export function preloadWhenIdle(screens: ReadonlyArray<{ readonly preload: () => Promise<unknown> }>): void {
  const run = (): void => {
    for (const screen of screens) void screen.preload().catch(() => undefined)
  }
  whenIdle(run, 2000, 200)
}
