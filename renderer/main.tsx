import type { VaultStatus } from '../shared/contract/values.ts'
import { keepEarlyKeys, takeEarlyKeys } from './app/early-keys.ts'
import { firstAnswers, lockedAtStart, startFirstFetches } from './app/first-fetches.ts'
import { afterInteractive } from './app/ready-mark.ts'

// Main is asked for the first screen's data at once, while the app's code (React, the frame, the list) is
// still being fetched and compiled; the app then renders with the answers already there (waiting for them
// briefly if need be: if main is slow, the app renders without them and shows that it is waiting).
keepEarlyKeys()
// The lock screen takes what was typed before it showed; any other first screen lets it go.
afterInteractive(() => void takeEarlyKeys())
startFirstFetches()
// React DOM and the plain lock screen, then the app (the frame, the list, the router), which imports React
// DOM from the first: asked for apart, React DOM is evaluated as soon as it has arrived, while the app is
// still arriving. MUI comes later, with the first screen drawn with it.
const lock = import('./vault/start-lock.tsx')
const app = import('./app/start-app.tsx')
// Marks for the benchmark's breakdown of a cold start: the app's code evaluated, then the data in hand.
void app.then(
  () => performance.mark('convene-code'),
  () => undefined,
)

function cannotStart(): void {
  const root = document.getElementById('root')
  if (root)
    root.textContent = 'Convene could not start. Close it and open it again: everything saved is safe.'
}

/**
 * The first screen. When the meetings are locked (as at every start of the desktop app) and that is known
 * before the app's code has loaded, the lock screen is drawn at once from its own small chunk (React and
 * plain elements); the app, still loading meanwhile, takes its place once unlocked. Otherwise the app
 * starts and shows whichever screen is first.
 */
async function start(): Promise<void> {
  // A failure to load the app is met later: the lock screen needs only its own chunk.
  const locked = await Promise.race([
    lockedAtStart(),
    app.then(
      () => null,
      () => null,
    ),
  ])
  if (locked) {
    const { startLockScreen } = await lock
    startLockScreen(locked, (unlocked: VaultStatus) => {
      void app.then(({ startApp }) => startApp(unlocked)).catch(cannotStart)
    })
    return
  }
  // If the app's code is slow to come, say so rather than show an empty window.
  const slow = setTimeout(
    () => void lock.then(({ showStarting }) => showStarting()).catch(() => undefined),
    400,
  )
  const { startApp } = await app.finally(() => clearTimeout(slow))
  await firstAnswers(50)
  performance.mark('convene-data')
  startApp()
}

start().catch(cannotStart)
