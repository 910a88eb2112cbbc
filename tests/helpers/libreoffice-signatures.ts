import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

/** What LibreOffice found in one file: each signature, valid or not, and the subject it names. */
export type LibreOfficeVerdict = {
  readonly file: string
  readonly signatures: ReadonlyArray<{
    readonly valid: boolean
    readonly subject: string
    readonly certificateStatus: number
  }>
}

const script = join(import.meta.dirname, 'libreoffice-signatures.py')

/**
 * Whether LibreOffice's signature check can run here: soffice on the PATH and Python's UNO bridge
 * (`apt-get install -y libreoffice-writer-nogui python3-uno`). The reason, when it cannot, names what is missing.
 */
export function libreOfficeAvailability():
  { readonly available: true } | { readonly available: false; readonly reason: string } {
  if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0)
    return {
      available: false,
      reason:
        'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui python3-uno',
    }
  if (spawnSync('/usr/bin/python3', ['-c', 'import uno']).status !== 0)
    return {
      available: false,
      reason: "LibreOffice's Python bridge is not installed: apt-get install -y python3-uno",
    }
  return { available: true }
}

/**
 * For a test that needs LibreOffice: under CI (CI=true) a missing LibreOffice is a failure, since the
 * signatures must be checked by something other than the code that makes them; elsewhere the test is skipped
 * with the reason.
 */
export function requireLibreOffice(context: { readonly skip: (note?: string) => void }): void {
  const availability = libreOfficeAvailability()
  if (availability.available) return
  if (process.env['CI'] === 'true') throw new Error(`${availability.reason} (required when CI=true)`)
  context.skip(availability.reason)
}

/** LibreOffice's verdict on the signatures of each file, from one private LibreOffice for them all. */
export function libreOfficeSignatures(files: ReadonlyArray<string>): ReadonlyArray<LibreOfficeVerdict> {
  const run = spawnSync('/usr/bin/python3', [script, ...files], { encoding: 'utf8', timeout: 240_000 })
  if (run.status !== 0)
    throw new Error(run.stderr.trim() || `the check ended with ${run.status ?? run.signal}`)
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LibreOfficeVerdict)
}
