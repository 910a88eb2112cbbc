/**
 * A text file's bytes as text. UTF-8, or UTF-16 where the file starts with its byte-order mark, as Windows
 * Notepad saves 'Unicode' and some spreadsheet exports do: a file re-saved so is read, not refused as
 * not a Convene file. The mark itself is not part of the text.
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8'
  return new TextDecoder(encoding).decode(bytes)
}

/** Said when a chosen file cannot be read at all (moved, or on a drive taken out since it was chosen). */
export const unreadableFile =
  'That file could not be read: it may have been moved, or be on a drive that is no longer there. Choose it again.'

/** A file chosen in the page, read as `decodeText` reads it; null if it cannot be read (`unreadableFile`). */
export async function readTextFile(file: Blob): Promise<string | null> {
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer()))
  } catch {
    return null
  }
}
