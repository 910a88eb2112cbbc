import log from 'electron-log/node'
import { join } from 'node:path'
import { createLogger, type Logger } from './logger.ts'

/** electron-log under plain Node (the test host and the command line), rotated like the app's. */
export function createNodeLogger(logFolder: string, fileName: string): Logger {
  log.transports.file.resolvePathFn = () => join(logFolder, fileName)
  log.transports.file.maxSize = 1024 * 1024
  log.transports.file.level = 'info'
  log.transports.console.level = false
  return createLogger({
    info: (line) => log.info(line),
    warn: (line) => log.warn(line),
    error: (line) => log.error(line),
  })
}
