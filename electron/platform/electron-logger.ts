import log from 'electron-log/main'
import { join } from 'node:path'
import { createLogger, type Logger } from '../services/logger.ts'

/**
 * electron-log writing to main.log in the app's log folder, rotated at 1 MB (one older file is kept as
 * main.old.log). Everything goes through our sanitising logger first.
 */
export function createElectronLogger(logFolder: string): Logger {
  log.transports.file.resolvePathFn = () => join(logFolder, 'main.log')
  log.transports.file.maxSize = 1024 * 1024
  log.transports.file.level = 'info'
  log.transports.console.level = 'warn'
  return createLogger({
    info: (line) => log.info(line),
    warn: (line) => log.warn(line),
    error: (line) => log.error(line),
  })
}
