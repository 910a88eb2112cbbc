import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)

async function builderConfig(): Promise<Record<string, unknown>> {
  return parse(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", async () => {
    const schema = JSON.parse(
      await readFile(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    ) as object
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true })
    const validate = ajv.compile(schema)
    const valid = validate(await builderConfig())
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
    expect(valid).toBe(true)
  })

  it('sets the security fuses', async () => {
    expect((await builderConfig())['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })

  it('packages only the production builds, never the test host', async () => {
    const files = (await builderConfig())['files'] as string[]
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
    ])
    expect(files.some((pattern) => pattern.includes('host'))).toBe(false)
  })

  it('copies nothing beside the app that the bundles already hold', async () => {
    expect((await builderConfig())['extraResources']).toBeUndefined()
  })

  it('signs macOS builds ad hoc, so Apple Silicon runs them, and resets the signature after the fuses', async () => {
    const config = await builderConfig()
    expect(config['mac']).toMatchObject({ identity: '-', hardenedRuntime: false })
    expect(config['electronFuses']).toMatchObject({ resetAdHocDarwinSignature: true })
  })

  it('builds an NSIS installer, a dmg, a deb and an AppImage', async () => {
    const config = await builderConfig()
    const targets = (platform: string) =>
      ((config[platform] as { target: Array<string | { target: string }> }).target ?? []).map((target) =>
        typeof target === 'string' ? target : target.target,
      )
    expect(targets('win')).toEqual(['nsis'])
    expect(targets('mac')).toEqual(['dmg'])
    expect(targets('linux')).toEqual(['deb', 'AppImage'])
  })
})
