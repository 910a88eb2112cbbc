import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const projectRoot = join(import.meta.dirname, '../..')

/** A running test host: its address (with the run's token) and the process. */
export type RunningHost = {
  readonly url: string
  readonly process: ChildProcess
  /** Asks the host to stop (SIGTERM: saves under way finish first). */
  readonly stop: () => Promise<void>
  /** Kills the host at once (SIGKILL), as a crash or power cut would. */
  readonly kill: () => Promise<void>
}

/**
 * Starts the test host on a data folder and waits until it prints its address. With `diskFullWhen`, every
 * save fails as on a full disk while that file exists (see electron/host/full-disk-switch.ts).
 */
export function startHost(
  dataFolder: string,
  options: { readonly diskFullWhen?: string; readonly clockOffsetFile?: string } = {},
): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(projectRoot, 'electron/host/test-host.ts'),
        '--data',
        dataFolder,
        ...(options.diskFullWhen ? ['--disk-full-when', options.diskFullWhen] : []),
        ...(options.clockOffsetFile ? ['--clock-offset-file', options.clockOffsetFile] : []),
      ],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let errors = ''
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`The test host stopped (${code}): ${errors}`)))
    child.stdout?.once('data', (chunk: Buffer) => {
      const { url } = JSON.parse(chunk.toString()) as { url: string }
      const ended = (): Promise<void> =>
        new Promise((done) =>
          child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
        )
      resolve({
        url,
        process: child,
        stop: async () => {
          child.kill('SIGTERM')
          await ended()
        },
        kill: async () => {
          child.kill('SIGKILL')
          await ended()
        },
      })
    })
  })
}
