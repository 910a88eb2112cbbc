import { contract } from '../../shared/contract/contract.ts'

/**
 * What may go into a log: an event name and a few fields that cannot hold a name or minute text. Numbers
 * and booleans pass; strings pass only as identifiers (UUIDs), the contract's channel names or short
 * lower-case codes, and only under keys that hold such things. Everything else is written as '[withheld]'.
 * Errors keep their type, code and stack frames, never their message, which can quote what the user typed.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>

/** The app's logger. electron-log stands behind it in the app and the test host; tests pass a recorder. */
export type Logger = {
  readonly info: (event: string, fields?: LogFields) => void
  readonly warn: (event: string, fields?: LogFields, error?: unknown) => void
  readonly error: (event: string, fields?: LogFields, error?: unknown) => void
}

/** A destination for log lines (electron-log's functions, or an array in a test). */
export type LogSink = {
  readonly info: (line: string) => void
  readonly warn: (line: string) => void
  readonly error: (line: string) => void
}

const codeKeys = new Set([
  'code',
  'kind',
  'status',
  'protection',
  'reason',
  'state',
  'runtime',
  'platform',
  'command',
  'errorName',
  'errorCode',
])
const codePattern = /^[a-z][a-z0-9.:_-]{0,63}$/
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const eventPattern = /^[a-z][a-z0-9.-]{0,63}$/
// A channel is logged only when it is one of the contract's own names ('meetings.exportDocuments'): these
// are camelCase, so the lower-case code pattern would withhold them, and a looser pattern would let a
// name through on a hostile request to a channel that does not exist.
const channelNames: ReadonlySet<string> = new Set(Object.keys(contract))

/** Keeps only values that cannot carry personal data. */
export function sanitiseFields(fields: LogFields): Record<string, string | number | boolean | null> {
  const safe: Record<string, string | number | boolean | null> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (value === null || typeof value === 'number' || typeof value === 'boolean') safe[key] = value
    else if (key.endsWith('Id') && uuidPattern.test(value)) safe[key] = value
    else if (key === 'channel' && channelNames.has(value)) safe[key] = value
    else if (codeKeys.has(key) && codePattern.test(value)) safe[key] = value
    else safe[key] = '[withheld]'
  }
  return safe
}

/** An error's type, code and stack frames, without its message. */
export function describeError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { errorName: typeof error }
  const code =
    'code' in error && typeof error.code === 'string' && codePattern.test(error.code.toLowerCase())
      ? error.code
      : ''
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.replace(/\(.*[\\/]/, '(').trim())
    .slice(0, 8)
    .join(' | ')
  return {
    errorName: error.name.replace(/[^A-Za-z]/g, '').slice(0, 40),
    ...(code ? { errorCode: code } : {}),
    frames,
  }
}

/** A logger that sanitises everything before it reaches the sink. */
export function createLogger(sink: LogSink): Logger {
  const line = (event: string, fields: LogFields = {}, error?: unknown): string => {
    const name = eventPattern.test(event) ? event : 'event.withheld'
    const parts = { ...sanitiseFields(fields), ...(error === undefined ? {} : describeError(error)) }
    return `${name} ${JSON.stringify(parts)}`
  }
  return {
    info: (event, fields) => sink.info(line(event, fields)),
    warn: (event, fields, error) => sink.warn(line(event, fields, error)),
    error: (event, fields, error) => sink.error(line(event, fields, error)),
  }
}

/** A logger that keeps lines in memory, for tests. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = []
  const logger = createLogger({
    info: (l) => lines.push(l),
    warn: (l) => lines.push(l),
    error: (l) => lines.push(l),
  })
  return { ...logger, lines }
}
