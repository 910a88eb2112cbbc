import { ESLint } from 'eslint'
import { posix } from 'node:path'
import { describe, expect, it } from 'vitest'

type Layer = { layer: string; paths: string[]; may: string[]; packages: string[] }

const root = new URL('../../..', import.meta.url).pathname
const eslint = new ESLint({ cwd: root })
// Plain JavaScript beside the configuration, loaded by address so the compiler does not ask for its types.
const config = (await import(new URL('eslint.config.js', `file://${root}`).href)) as { layers: Layer[] }
const rule = (await import(new URL('eslint-rules/code-layering.js', `file://${root}`).href)) as {
  layerOf: (path: string, layers: ReadonlyArray<Layer>) => Layer | null
}
const table = config.layers
const layerOf = rule.layerOf
/** The lines for code (resources/ holds data others import, and is never linted itself). */
const code = table.filter((line) => /^(electron|renderer|shared)\b/.test(line.paths[0]!))

/** The layering rule's messages for a snippet linted as if it lived at `filePath`. */
async function layeringMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'convene/code-layering')
    .map((message) => message.message)
}

/** A file in the layer: inside its folder, or the file itself. */
const fileIn = (line: Layer): string => {
  const path = line.paths[0]!
  return /\.[a-z]+$/.test(path) ? path : `${path}/example.ts`
}

/** A project path that belongs to the layer. */
const targetIn = (line: Layer): string => {
  const path = line.paths[0]!
  return /\.[a-z]+$/.test(path) ? path : `${path}/anything.ts`
}

const matches = (name: string, pattern: string): boolean =>
  pattern === name || (pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1)))

/** Each line of the table against a layer it may not use, and one it may. */
const cases = code.map((line) => {
  const forbidden = table.find(
    (other) => other !== line && !line.may.some((pattern) => matches(other.layer, pattern)),
  )
  const allowed = table.find(
    (other) => other !== line && line.may.some((pattern) => matches(other.layer, pattern)),
  )
  return { line, forbidden, allowed }
})

const importOf = (from: string, to: string): string => {
  const relativePath = posix.relative(posix.dirname(from), to)
  return `import * as other from '${relativePath.startsWith('.') ? relativePath : `./${relativePath}`}'\nexport const x = other\n`
}

describe('the layering table in eslint.config.js', () => {
  it('puts every file of electron/, renderer/ and shared/ in exactly the layer its line names', () => {
    for (const line of code) expect(layerOf(fileIn(line), table)?.layer).toBe(line.layer)
  })

  it.each(cases.filter((item) => item.forbidden).map((item) => [item.line.layer, item] as const))(
    'fires on %s importing a layer its line does not allow',
    async (_name, { line, forbidden }) => {
      const messages = await layeringMessages(importOf(fileIn(line), targetIn(forbidden!)), fileIn(line))
      expect(messages.join('\n')).toContain(`${line.layer} may not import ${forbidden!.layer}`)
    },
  )

  it.each(cases.filter((item) => item.allowed).map((item) => [item.line.layer, item] as const))(
    'lets %s import a layer its line allows',
    async (_name, { line, allowed }) => {
      expect(await layeringMessages(importOf(fileIn(line), targetIn(allowed!)), fileIn(line))).toEqual([])
    },
  )

  it.each(code.map((line) => [line.layer, line] as const))(
    'fires on %s using a package its line does not list',
    async (_name, line) => {
      const snippet = "import pad from 'left-pad'\nexport const x = pad\n"
      expect((await layeringMessages(snippet, fileIn(line))).join('\n')).toContain(
        `${line.layer} may not use the package 'left-pad'`,
      )
    },
  )

  it.each(code.filter((line) => line.packages.length > 0).map((line) => [line.layer, line] as const))(
    'lets %s use a package its line lists',
    async (_name, line) => {
      const name = line.packages[0]!.replace('*', 'fs')
      const snippet = `import * as used from '${name}'\nexport const x = used\n`
      expect(await layeringMessages(snippet, fileIn(line))).toEqual([])
    },
  )

  it('says where a file belongs to no layer', async () => {
    const messages = await layeringMessages('export const x = 1\n', 'electron/elsewhere.ts')
    expect(messages.join('\n')).toContain('belongs to no layer')
  })

  it('stops the model from knowing a kind, and ipc/ from holding a use case', async () => {
    expect(
      (
        await layeringMessages(
          "import { kindModules } from '../kinds/registry.ts'\nexport const x = kindModules\n",
          'shared/model/example.ts',
        )
      ).join('\n'),
    ).toContain('shared/model may not import shared/kinds')
    expect(
      (
        await layeringMessages(
          "import { applyCommand } from '../../shared/meeting/meeting-command.ts'\nexport const x = applyCommand\n",
          'electron/ipc/example.ts',
        )
      ).join('\n'),
    ).toContain('electron/ipc may not import shared/meeting: ipc/ routes a channel to a service')
  })
})
