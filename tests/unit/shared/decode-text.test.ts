import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cutShortText,
  decodeText,
  notReadableText,
  readTextFile,
  unreadableFile,
  type DecodedText,
} from '../../../shared/text/decode-text.ts'
import { readMeetingFile } from '../../../electron/services/user-files.ts'

const words = '{"familyName": "Wiśniewska Ó Súilleabháin زینب 王芳 प्रिया"}'
const read = (text: string): DecodedText => ({ ok: true, text })
const refused = (problem: string): DecodedText => ({ ok: false, problem })

/** The words as Notepad saves 'Unicode': UTF-16, little end first, after a byte-order mark. */
function utf16le(text: string, mark = true): Uint8Array {
  return Uint8Array.from([...(mark ? [0xff, 0xfe] : []), ...Buffer.from(text, 'utf16le')])
}

function utf16be(text: string): Uint8Array {
  return Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])
}

describe('a text file read in whichever of its encodings Windows saves', () => {
  it('reads UTF-8, with or without its byte-order mark, and UTF-16 either way round', () => {
    expect(decodeText(new TextEncoder().encode(words))).toEqual(read(words))
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(words)]))).toEqual(
      read(words),
    )
    expect(decodeText(utf16le(words))).toEqual(read(words))
    expect(decodeText(utf16be(words))).toEqual(read(words))
    expect(decodeText(new Uint8Array())).toEqual(read(''))
  })

  it('refuses, never guesses: a file saved as ANSI keeps its Ó rather than become �', () => {
    // 'Ó Súilleabháin' in Windows-1252: each accented letter one byte, which UTF-8 cannot read.
    const ansi = Uint8Array.from([
      ...Buffer.from('{"familyName": "', 'latin1'),
      0xd3,
      0x20,
      0x53,
      0xfa,
      0x22,
      0x7d,
    ])
    expect(decodeText(ansi)).toEqual(refused(notReadableText))
    expect(decodeText(utf16le(words, false))).toEqual(refused(notReadableText))
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toEqual(refused(notReadableText))
    expect(decodeText(new Uint8Array(64))).toEqual(refused(notReadableText))
  })

  it('says a file whose last character is cut in two stops part-way through', () => {
    const utf16 = utf16le(words)
    expect(decodeText(utf16.subarray(0, utf16.length - 1))).toEqual(refused(cutShortText))
    const utf8 = new TextEncoder().encode('{"child": "王芳')
    expect(decodeText(utf8.subarray(0, utf8.length - 1))).toEqual(refused(cutShortText))
  })

  it('reads a file chosen in the page, and says it could not when the file has gone', async () => {
    expect(await readTextFile(new Blob([utf16le(words)]))).toEqual(read(words))
    const gone = { arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }
    expect(await readTextFile(gone as unknown as Blob)).toEqual(refused(unreadableFile))
  })

  describe('the desktop app opening a meeting file', () => {
    let folder = ''
    afterEach(async () => {
      if (folder) await rm(folder, { recursive: true, force: true })
    })

    it('reads one saved again in Notepad as Unicode, and refuses one saved as ANSI in plain words', async () => {
      folder = await mkdtemp(join(tmpdir(), 'convene-decode-'))
      const path = join(folder, 'meeting.json')
      await writeFile(path, utf16le(words))
      const opened = await readMeetingFile(path)
      expect(opened.ok ? opened.value.text : opened.error.message).toBe(words)
      await writeFile(path, Buffer.from(words, 'latin1'))
      const ansi = await readMeetingFile(path)
      expect(ansi.ok ? ansi.value.text : ansi.error.message).toBe(notReadableText)
    })
  })
})
