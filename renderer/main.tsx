import { startFirstFetches } from './app/first-fetches.ts'

// Main is asked for the first screen's data at once, while the app's code (React, MUI, the screens) is
// still being fetched and compiled; the app then renders with the answers already there.
startFirstFetches()
void import('./app/start-app.tsx')
  .then(({ startApp }) => startApp())
  .catch(() => {
    const root = document.getElementById('root')
    if (root)
      root.textContent = 'Convene could not start. Close it and open it again: everything saved is safe.'
  })
