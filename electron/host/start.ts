import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { appDataFolder, electronBinary } from './electron-binary.ts'

/**
 * `npm start`: builds and starts the desktop app. Where the Electron runtime could not be downloaded (some
 * build machines cannot reach its servers), it says so and serves the very same app to a browser on this
 * computer instead, from the same data folder, so nothing is lost either way.
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

if (electronBinary(projectRoot)) {
  process.exit(await run(bin('electron-vite'), ['preview']))
}

process.stdout.write(
  [
    '',
    'The Electron runtime is not installed on this machine (its download is blocked or was skipped with',
    'ELECTRON_SKIP_BINARY_DOWNLOAD), so Convene will open in your web browser instead: the same screens and the',
    'same encrypted data folder, served only to this computer.',
    '',
  ].join('\n'),
)
if ((await run('npm', ['run', 'build', '--silent'])) !== 0) process.exit(1)

const dataFolder = join(appDataFolder(), 'data')
const host = spawn(
  process.execPath,
  [join(projectRoot, 'electron/host/test-host.ts'), '--data', dataFolder],
  {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
host.stdout.once('data', (chunk: Buffer) => {
  const { url } = JSON.parse(chunk.toString()) as { url: string }
  process.stdout.write(
    `Convene is running. Open this address in Chromium, Chrome, Edge or Firefox:\n\n  ${url}\n\nData: ${dataFolder}\nPress Ctrl+C to stop.\n`,
  )
})
process.on('SIGINT', () => host.kill('SIGTERM'))
process.on('SIGTERM', () => host.kill('SIGTERM'))
host.on('exit', (code) => process.exit(code ?? 0))
