import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh folder for one test, removed after it. */
export async function tempFolder(prefix = 'convene-test-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  made.push(folder)
  return folder
}

afterEach(async () => {
  for (const folder of made.splice(0)) await rm(folder, { recursive: true, force: true })
})
