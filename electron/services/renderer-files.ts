import { readFile } from 'node:fs/promises'
import { normalize, resolve, sep } from 'node:path'
import { contentTypeOf } from './content-security-policy.ts'

/** A file of the renderer build, ready to send. */
export type RendererFile = { readonly body: Buffer; readonly contentType: string }

/**
 * Reads a file of the renderer build for a URL path, refusing anything outside the build folder. Paths with
 * no file extension get index.html, so a reload on any screen works.
 */
export async function readRendererFile(
  rendererFolder: string,
  urlPath: string,
): Promise<RendererFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  const relative =
    decoded === '/' || !/\.[a-z0-9]+$/i.test(decoded) ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = resolve(rendererFolder)
  const target = resolve(root, normalize(relative))
  if (target !== root && !target.startsWith(root + sep)) return null
  try {
    return { body: await readFile(target), contentType: contentTypeOf(target) }
  } catch {
    return null
  }
}
