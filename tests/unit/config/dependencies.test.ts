import { readdir, readFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The packages a set of files import ('@scope/name' or 'name'), Node's own and Electron aside. */
async function packagesImportedBy(files: ReadonlyArray<string>): Promise<Set<string>> {
  const found = new Set<string>()
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    const statements =
      /^(?:import|export)\s[^'"]*?from\s+'([^'.][^']*)'|^import\s+'([^'.][^']*)'|\bimport\(\s*'([^'.][^']*)'\s*\)/gm
    for (const match of text.matchAll(statements)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? ''
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0]
      if (!name || name.startsWith('node:') || builtinModules.includes(name) || name === 'electron') continue
      found.add(name)
    }
  }
  return found
}

describe("the packaged app's dependencies", () => {
  it('are exactly what the main process and the preload load at run time', async () => {
    // The main process bundle leaves its dependencies to node_modules inside app.asar; the renderer and
    // the preload are bundled whole. So 'dependencies' must hold what electron/ and shared/ import (the
    // test host and the command line run from the repository and are never packaged), and nothing the
    // renderer alone uses: that would ship twice, once in the bundle and again in app.asar.
    const packaged = (await sources('electron')).filter((file) => {
      const path = relative(join(root, 'electron'), file)
      return !path.startsWith('host') && !path.startsWith('cli')
    })
    const needed = await packagesImportedBy([...packaged, ...(await sources('shared'))])
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...needed].sort())
  })
})
