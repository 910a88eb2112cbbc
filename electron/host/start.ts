import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { appDataFolder, electronBinary } from './electron-binary.ts'
import { installFailure, startConvene } from './start-convene.ts'

/**
 * `npm start`: builds and starts the desktop app, installing the Electron runtime first if it is missing.
 * Where it cannot be downloaded (some build machines cannot reach its servers), it says so and serves the
 * very same app to a browser on this computer instead, from the same data folder, so nothing is lost
 * either way. The choice is made by startConvene, tested in tests/unit/electron/host/start-convene.test.ts.
 */
const projectRoot = resolve(import.meta.dirname, '../..')
const bin = (name: string): string =>
  join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)

function run(command: string, args: ReadonlyArray<string>): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
    child.on('exit', (code) => done(code ?? 1))
  })
}

function installElectron(): Promise<string | null> {
  return new Promise((done) => {
    const installer = join(projectRoot, 'node_modules', 'electron', 'install.js')
    const child = spawn(process.execPath, [installer], {
      cwd: projectRoot,
      stdio: ['ignore', 'inherit', 'pipe'],
    })
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', (error) => done(error.message))
    child.on('exit', (code) => done(code === 0 ? null : installFailure(output)))
  })
}

function runInBrowser(): Promise<number> {
  return new Promise((done) => {
    void run('npm', ['run', 'build', '--silent']).then((built) => {
      if (built !== 0) return done(built)
      const dataFolder = join(appDataFolder(), 'data')
      const host = spawn(
        process.execPath,
        [join(projectRoot, 'electron/host/test-host.ts'), '--data', dataFolder],
        { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
      )
      host.stdout.once('data', (chunk: Buffer) => {
        const { url } = JSON.parse(chunk.toString()) as { url: string }
        process.stdout.write(
          `Convene is running. Open this address in Chromium, Chrome, Edge or Firefox:\n\n  ${url}\n\nData: ${dataFolder}\nPress Ctrl+C to stop.\n`,
        )
      })
      process.on('SIGINT', () => host.kill('SIGTERM'))
      process.on('SIGTERM', () => host.kill('SIGTERM'))
      host.on('exit', (code) => done(code ?? 0))
    })
  })
}

process.exit(
  await startConvene({
    electronBinary: () => electronBinary(projectRoot),
    installElectron,
    runDesktopApp: () => run(bin('electron-vite'), ['preview']),
    runInBrowser,
    say: (line) => process.stdout.write(`${line}\n`),
  }),
)
