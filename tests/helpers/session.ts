import { dispatch } from '../../electron/ipc/dispatch.ts'
import { createHandlers } from '../../electron/ipc/handlers.ts'
import { pageFiles } from '../../electron/host/page-files.ts'
import { createMemoryLogger } from '../../electron/services/logger.ts'
import { ConveneSession, type SessionOptions } from '../../electron/services/session.ts'
import type { PlatformControls } from '../../electron/ipc/handlers.ts'
import { aClock } from './builders.ts'
import { tempFolder } from './temp-folder.ts'

/**
 * A session as the app starts one, on a fresh data folder whose key the (stand-in) keychain keeps, with the
 * handlers the windows call: `call('meetings.apply', id, command)` goes through dispatch as a window's does.
 */
export async function aSession(
  options: {
    readonly folder?: string
    readonly clock?: ReturnType<typeof aClock>
    readonly emit?: SessionOptions['emit']
    readonly presenter?: PlatformControls
    /** How files are written (a full disk, in a test). */
    readonly writeFile?: SessionOptions['writeFile']
  } = {},
) {
  const folder = options.folder ?? (await tempFolder())
  const logger = createMemoryLogger()
  const clock = options.clock ?? aClock()
  const session = await ConveneSession.start({
    dataFolder: folder,
    logFolder: folder,
    keychain: {
      isAvailable: async () => true,
      protect: async (secret) => Buffer.from(secret),
      unprotect: async (blob) => Buffer.from(blob),
    },
    now: clock.now,
    logger,
    emit: options.emit ?? (() => undefined),
    version: '0.0.0',
    runtime: 'test-host',
    ...(options.writeFile ? { writeFile: options.writeFile } : {}),
  })
  const handlers = createHandlers(
    session,
    clock.now,
    options.presenter ?? {
      presenter: {
        open: async (id) => ({ mode: 'page', path: `#/presenter/${id}` }),
        close: async () => undefined,
      },
      files: pageFiles,
    },
  )
  const call = (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args, logger)
  return { call, session, folder, clock, logger }
}
