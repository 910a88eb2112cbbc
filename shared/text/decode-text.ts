/** A file's text, or why it cannot be read as text, in plain words. */
export type DecodedText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string }

/** Said of a file in an older or unusual text format (Windows' 'ANSI', UTF-16 without its mark, UTF-32). */
export const notReadableText =
  'This file is not saved as text Convene can read: it may have been saved as ‘ANSI’ or in another format. Open it, save it again as UTF-8, and choose it again (or export it from Convene again).'

/** Said of a file whose last character is cut in two: it was not copied or saved whole. */
export const cutShortText =
  'This file stops part-way through: it was not copied or saved whole. Copy or export it again and choose the new copy.'

/** Said when a chosen file cannot be read at all (moved, or on a drive taken out since it was chosen). */
export const unreadableFile =
  'That file could not be read: it may have been moved, or be on a drive that is no longer there. Choose it again.'

function decodes(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * A text file's bytes as text: UTF-8, or UTF-16 where the file starts with its byte-order mark, as Windows
 * Notepad saves 'Unicode' (the mark is not part of the text). Never a guess: bytes that are not valid in
 * that encoding (a file saved as 'ANSI' with 'Ó' in a name) are refused, not read as '�', and a file whose
 * last character is cut in two is said to stop part-way through.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [first, second, third, fourth] = bytes
  const utf32 =
    (first === 0xff && second === 0xfe && third === 0 && fourth === 0) || (first === 0 && second === 0)
  if (utf32) return { ok: false, problem: notReadableText }
  const encoding =
    first === 0xff && second === 0xfe ? 'utf-16le' : first === 0xfe && second === 0xff ? 'utf-16be' : 'utf-8'
  const text = decodes(bytes, encoding)
  if (text === null) {
    const cutInTwo = [1, 2, 3].some(
      (lost) => decodes(bytes.subarray(0, bytes.length - lost), encoding) !== null,
    )
    return { ok: false, problem: cutInTwo ? cutShortText : notReadableText }
  }
  // A NUL is in no text file: UTF-16 without its mark, or not text at all.
  if (text.includes('\u0000')) return { ok: false, problem: notReadableText }
  return { ok: true, text }
}

/** A file chosen in the page, read as `decodeText` reads it. */
export async function readTextFile(file: Blob): Promise<DecodedText> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, problem: unreadableFile }
  }
  return decodeText(bytes)
}
