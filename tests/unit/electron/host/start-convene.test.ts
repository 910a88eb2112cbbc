import { describe, expect, it } from 'vitest'
import { installFailure, startConvene, type StartSteps } from '../../../../electron/host/start-convene.ts'

/** A recording stand-in for npm start's steps: which ran, in what order, and what was said. */
function steps(options: { installed: boolean; download: 'works' | 'fails' }) {
  let installed = options.installed
  const ran: string[] = []
  const said: string[] = []
  const recorded: StartSteps = {
    electronBinary: () => (installed ? '/project/node_modules/electron/dist/electron' : null),
    installElectron: async () => {
      ran.push('install')
      if (options.download === 'fails') return "this computer cannot reach Electron's download server"
      installed = true
      return null
    },
    runDesktopApp: async () => {
      ran.push('desktop')
      return 0
    },
    runInBrowser: async () => {
      ran.push('browser')
      return 0
    },
    say: (line) => said.push(line),
  }
  return { recorded, ran, said }
}

describe('startConvene (npm start)', () => {
  it('starts the desktop app at once where the runtime is installed', async () => {
    const run = steps({ installed: true, download: 'fails' })
    expect(await startConvene(run.recorded)).toBe(0)
    expect(run.ran).toEqual(['desktop'])
  })

  it("installs the runtime with Electron's own installer, then starts the desktop app", async () => {
    const run = steps({ installed: false, download: 'works' })
    await startConvene(run.recorded)
    expect(run.ran).toEqual(['install', 'desktop'])
  })

  it('falls back to the browser only when the download fails, saying why in one line', async () => {
    const run = steps({ installed: false, download: 'fails' })
    await startConvene(run.recorded)
    expect(run.ran).toEqual(['install', 'browser'])
    const why = run.said.at(-1) ?? ''
    expect(why).toMatch(/^The Electron runtime could not be downloaded \(this computer cannot reach/)
    expect(why).not.toContain('\n')
  })
})

describe('installFailure', () => {
  it("reads a blocked network from the installer's stack trace", () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13510:13\n'
    expect(installFailure(output)).toBe("this computer cannot reach Electron's download server")
  })

  it('keeps another error as one short line', () => {
    expect(installFailure('Error: EACCES: permission denied, mkdir dist\n    at x')).toBe(
      'EACCES: permission denied, mkdir dist',
    )
  })
})
