import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeText, readTextFile } from '../../../shared/text/decode-text.ts'
import { readMeetingFile } from '../../../electron/services/user-files.ts'

const words = '{"familyName": "Wiśniewska Ó Súilleabháin زینب 王芳 प्रिया"}'

/** The words as Notepad saves 'Unicode': UTF-16, little end first, after a byte-order mark. */
function utf16le(text: string): Uint8Array {
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
}

function utf16be(text: string): Uint8Array {
  return Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])
}

describe('a text file read in whichever of its encodings Windows saves', () => {
  it('reads UTF-8, with or without its byte-order mark, and UTF-16 either way round', () => {
    expect(decodeText(new TextEncoder().encode(words))).toBe(words)
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(words)]))).toBe(words)
    expect(decodeText(utf16le(words))).toBe(words)
    expect(decodeText(utf16be(words))).toBe(words)
    expect(decodeText(new Uint8Array())).toBe('')
  })

  it('reads a file chosen in the page, and says it could not when the file has gone', async () => {
    expect(await readTextFile(new Blob([utf16le(words)]))).toBe(words)
    const gone = { arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }
    expect(await readTextFile(gone as unknown as Blob)).toBeNull()
  })

  describe('the desktop app opening a meeting file', () => {
    let folder = ''
    afterEach(async () => {
      if (folder) await rm(folder, { recursive: true, force: true })
    })

    it('reads one saved again in Notepad as Unicode', async () => {
      folder = await mkdtemp(join(tmpdir(), 'convene-decode-'))
      const path = join(folder, 'meeting.json')
      await writeFile(path, utf16le(words))
      const read = await readMeetingFile(path)
      expect(read.ok ? read.value.text : read.error.message).toBe(words)
    })
  })
})
