import { join } from 'node:path'
import { GenerationalFile } from './generational-file.ts'

/** The folder in the data folder where saves Convene could not use are kept, still sealed. */
export const keptAsideFolder = 'kept-aside'

/**
 * Copies saves that could not be opened or used into `kept-aside/<when> <what>/` in the data folder, so
 * that nothing is lost when newer saves prune them: they stay encrypted under the same key, and open
 * again if copied back into their folder (by a newer Convene, or by support). Returns the folder's name
 * relative to the data folder, to tell the user where.
 */
export async function keepAside(options: {
  readonly dataFolder: string
  /** What the saves are, in a folder name: 'meeting 6f1d…', 'settings', 'signing identity'. */
  readonly what: string
  readonly files: ReadonlyArray<string>
  readonly now: () => Date
}): Promise<string> {
  const when = options
    .now()
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z')
  const relative = join(keptAsideFolder, `${when} ${options.what}`)
  await GenerationalFile.keepAside(options.files, join(options.dataFolder, relative))
  return relative
}
