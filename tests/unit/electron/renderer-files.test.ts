import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRendererFile } from '../../../electron/services/renderer-files.ts'
import { isAllowedExternalUrl } from '../../../electron/services/external-links.ts'
import { tempFolder } from '../../helpers/temp-folder.ts'

describe('readRendererFile', () => {
  it('serves files of the build with their type, and index.html for screens', async () => {
    const root = await tempFolder()
    await mkdir(join(root, 'assets'))
    await writeFile(join(root, 'index.html'), '<html></html>')
    await writeFile(join(root, 'assets', 'app.js'), 'let a')
    expect((await readRendererFile(root, '/assets/app.js'))?.contentType).toBe(
      'text/javascript; charset=utf-8',
    )
    expect((await readRendererFile(root, '/meetings'))?.body.toString()).toBe('<html></html>')
  })

  it('refuses to read outside the build folder', async () => {
    const parent = await tempFolder()
    const root = join(parent, 'renderer')
    await mkdir(root)
    await writeFile(join(root, 'index.html'), '<html></html>')
    await writeFile(join(parent, 'secret.txt'), 'not for the page')
    expect(await readRendererFile(root, '/../secret.txt')).toBeNull()
    expect(await readRendererFile(root, '/%2e%2e/secret.txt')).toBeNull()
    expect(await readRendererFile(root, '/assets/..%2f..%2fsecret.txt')).toBeNull()
  })
})

describe('isAllowedExternalUrl', () => {
  it('allows only https links to the listed advice sites', () => {
    expect(isAllowedExternalUrl('https://www.nspcc.org.uk/keeping-children-safe/')).toBe(true)
    expect(isAllowedExternalUrl('http://www.nspcc.org.uk/')).toBe(false)
    expect(isAllowedExternalUrl('https://evil.example/')).toBe(false)
    expect(isAllowedExternalUrl('https://www.nspcc.org.uk@evil.example/')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl('not a url')).toBe(false)
  })
})
