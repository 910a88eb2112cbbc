import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { peek, type EnvelopeIdentity } from '../../electron/services/store/envelope.ts'

/** Every file under a folder, at any depth. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/** The saves in a file's folder, newest first, by the number sealed inside each (their names are random). */
export async function savesNewestFirst(
  folder: string,
  key: Buffer,
  expected: EnvelopeIdentity,
): Promise<string[]> {
  const saves: Array<{ path: string; generation: number }> = []
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.cvn')) continue
    const path = join(folder, name)
    saves.push({ path, generation: peek(key, await readFile(path), expected) ?? -1 })
  }
  return saves.sort((a, b) => b.generation - a.generation).map((save) => save.path)
}
