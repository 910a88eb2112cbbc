import { join } from 'node:path'
import { GenerationalFile } from './generational-file.ts'

/** The folder in the data folder where saves Convene could not use are kept, still sealed. */
export const keptAsideFolder = 'kept-aside'

/**
 * Copies saves that could not be opened or used into `kept-aside/<what>/` in the data folder, so that
 * nothing is lost when newer saves prune them: they stay encrypted under the same key, and open again if
 * copied back into their folder (by a newer Convene, or by support). Each save keeps its own (random)
 * name, and one already kept is not copied again, so opening the same damaged meeting twice keeps one
 * copy. Returns the folder's name relative to the data folder, to tell the user where.
 */
export async function keepAside(options: {
  readonly dataFolder: string
  /** What the saves are, as a folder name: 'meeting 6f1d…', 'settings', 'signing identity'. */
  readonly what: string
  readonly files: ReadonlyArray<string>
}): Promise<string> {
  const relative = join(keptAsideFolder, options.what)
  await GenerationalFile.keepAside(options.files, join(options.dataFolder, relative))
  return relative
}
