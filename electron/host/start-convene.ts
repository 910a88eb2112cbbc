/** The steps `npm start` takes, injected so that the choice between them is tested under Node. */
export type StartSteps = {
  /** Where the Electron runtime is, if it is installed. */
  readonly electronBinary: () => string | null
  /** Runs Electron's own installer (`install-electron`); resolves with why it failed, or null. */
  readonly installElectron: () => Promise<string | null>
  /** Builds and starts the desktop app (electron-vite preview); resolves with its exit code. */
  readonly runDesktopApp: () => Promise<number>
  /** Builds and serves the same app to a browser on this computer; resolves with its exit code. */
  readonly runInBrowser: () => Promise<number>
  /** Tells the user, one line at a time. */
  readonly say: (line: string) => void
}

/**
 * `npm start`: the desktop app, installing the Electron runtime first where it is missing (since Electron
 * 42 npm no longer downloads it at install). Only when that download fails does it serve the browser
 * version instead, and it says why in one line.
 */
export async function startConvene(steps: StartSteps): Promise<number> {
  if (steps.electronBinary() === null) {
    steps.say('Installing the Electron runtime (once only)…')
    const problem = await steps.installElectron()
    if (problem !== null || steps.electronBinary() === null) {
      steps.say(
        `The Electron runtime could not be downloaded (${problem ?? 'it did not install'}), so Convene will open in your web browser instead, with the same screens and data folder.`,
      )
      return steps.runInBrowser()
    }
  }
  return steps.runDesktopApp()
}

/** Why an installer run failed, in one line, from what it printed. */
export function installFailure(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '))
  const last = lines.find((line) => /error|fail|denied|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN/i.test(line))
  if (last === undefined) return 'the installer stopped'
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET/i.test(last))
    return "this computer cannot reach Electron's download server"
  return last.replace(/^(Error|TypeError):\s*/, '').slice(0, 160)
}
