/**
 * Expected failures are values, not exceptions. Every call across the process boundary returns one of these,
 * because Electron carries only the `message` of a thrown error to the renderer.
 */
export type Ok<T> = { readonly ok: true; readonly value: T }

/** A failure the user can understand: a stable `code` for the program, a plain-words `message` for people. */
export type Failure = { readonly ok: false; readonly error: ConveneError }

/** The error half of a result. `message` is written for the person using the app. */
export type ConveneError = { readonly code: ErrorCode; readonly message: string }

/** A value, or an expected failure. */
export type Result<T> = Ok<T> | Failure

/** Every error code the app can return. */
export const errorCodes = [
  'invalid-argument',
  'unknown-channel',
  'forbidden',
  'locked',
  'signed',
  'wrong-passphrase',
  'weak-passphrase',
  'keychain-unavailable',
  'already-set-up',
  'not-found',
  'unreadable',
  'newer-version',
  'invalid-file',
  'disk-full',
  'write-failed',
  'already-running',
  'internal',
] as const

/** A stable, machine-readable error code. */
export type ErrorCode = (typeof errorCodes)[number]

/** Wraps a value as a success. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value }
}

/** Makes a failure with a plain-words message. */
export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } }
}
