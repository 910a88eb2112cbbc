import { firstAnswers, startFirstFetches } from './app/first-fetches.ts'

// Main is asked for the first screen's data at once, while the app's code (React, MUI, the screens) is
// still being fetched and compiled; the app then renders with the answers already there (waiting for them
// briefly if need be: if main is slow, the app renders without them and shows that it is waiting).
startFirstFetches()
void import('./app/start-app.tsx')
  .then(async ({ startApp }) => {
    // Marks for the benchmark's breakdown of a cold start: the code evaluated, then the data in hand.
    performance.mark('convene-code')
    await firstAnswers(50)
    performance.mark('convene-data')
    startApp()
  })
  .catch(() => {
    const root = document.getElementById('root')
    if (root)
      root.textContent = 'Convene could not start. Close it and open it again: everything saved is safe.'
  })
