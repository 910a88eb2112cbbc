import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createHandlers } from '../ipc/handlers.ts'
import { ConveneSession } from '../services/session.ts'
import { lockDataFolder } from '../services/store/data-folder-lock.ts'
import { createNodeLogger } from '../services/node-logger.ts'
import type { ConveneEvents, EventName } from '../../shared/contract/events.ts'
import { startHostServer, type HostServer } from './host-server.ts'
import { pageFiles } from './page-files.ts'
import { appenderFailingWhile, writerFailingWhile } from './full-disk-switch.ts'
import { clockAheadBy } from './clock-offset.ts'

/**
 * The test host: the production renderer and the production handlers, store and services, with HTTP in
 * place of Electron's IPC so Playwright can drive them in Chromium. A development and test tool; never
 * packaged.
 *
 *   node electron/host/test-host.ts --data DIR [--port 0] [--disk-full-when FILE]
 *
 * `--disk-full-when FILE` is for tests: while FILE exists, every save fails as on a full disk.
 * `--clock-offset-file FILE` is for tests too: the host's clock runs ahead by the milliseconds FILE holds
 * (a deadline can pass without waiting for it).
 * Prints one JSON line when ready: { "url": "http://127.0.0.1:PORT/#token=…", "pid": … }.
 */
const projectRoot = resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: join(projectRoot, 'out/renderer') },
    bridge: { type: 'string', default: join(projectRoot, 'out/host/bridge.js') },
    'disk-full-when': { type: 'string' },
    'clock-offset-file': { type: 'string' },
  },
})
const dataFolder = resolve(values.data ?? join(projectRoot, '.convene-dev/data'))
const logFolder = join(dataFolder, '..', 'logs')
await mkdir(logFolder, { recursive: true })
const logger = createNodeLogger(logFolder, 'host.log')

let bridgeScript: Buffer
try {
  bridgeScript = await readFile(values.bridge)
} catch {
  process.stderr.write('The renderer has not been built yet. Run `npm run build` first.\n')
  process.exit(2)
}

await mkdir(dataFolder, { recursive: true, mode: 0o700 })
const lock = await lockDataFolder(dataFolder)
if (!lock.ok) {
  process.stderr.write(`${lock.error.message}\n`)
  process.exit(3)
}

const now = values['clock-offset-file']
  ? clockAheadBy(resolve(values['clock-offset-file']))
  : () => new Date()

let server: HostServer | null = null
const emit = <E extends EventName>(event: E, payload: ConveneEvents[E]): void => server?.emit(event, payload)
const session = await ConveneSession.start({
  dataFolder,
  logFolder,
  keychain: null,
  now,
  logger,
  emit,
  version: JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')).version as string,
  runtime: 'test-host',
  ...(values['disk-full-when']
    ? {
        writeFile: writerFailingWhile(resolve(values['disk-full-when'])),
        appendFile: appenderFailingWhile(resolve(values['disk-full-when'])),
      }
    : {}),
})
const token = randomBytes(32).toString('base64url')
server = await startHostServer({
  handlers: createHandlers(session, now, {
    // The host has no windows: the renderer opens the presenter view as a page of its own.
    presenter: {
      open: async (meetingId) => ({ mode: 'page', path: `#/presenter/${meetingId}` }),
      close: async () => server?.emit('presenter-closed', { meetingId: null }),
    },
    files: pageFiles,
  }),
  logger,
  rendererFolder: values.renderer,
  bridgeScript,
  token,
  port: Number(values.port),
})
logger.info('host.started', { runtime: 'test-host' })

const shutdown = async (): Promise<void> => {
  await session.close()
  await server?.close()
  await lock.value.release()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown())
process.on('SIGINT', () => void shutdown())
process.stdout.write(`${JSON.stringify({ url: `${server.url}#token=${token}`, pid: process.pid })}\n`)
