import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'

/** One entry of a zip written by hand: its bytes as stored, and what the directory says of them. */
export type RawZipEntry = {
  readonly name: string
  /** The bytes as stored (deflated when `method` is 8). */
  readonly stored: Buffer
  readonly method: 0 | 8
  readonly crc: number
  /** The unpacked size the headers claim (a hostile file may claim less than it holds). */
  readonly size: number
}

/** An entry holding `data`, deflated. */
export const deflatedEntry = (name: string, data: Buffer | string): RawZipEntry => {
  const bytes = Buffer.from(data)
  return { name, stored: deflateRawSync(bytes), method: 8, crc: crc32(bytes), size: bytes.length }
}

/**
 * An entry that unpacks to `bytes` bytes of one repeated letter, deflated as it is made (so a gigabyte
 * is never held): the body of a zip bomb. Its headers claim its true size unless `claim` says otherwise.
 */
export async function bombEntry(name: string, bytes: number, claim?: number): Promise<RawZipEntry> {
  // One byte repeated: deflate's best ratio (about 1,000 to 1), as a bomb would be made.
  const chunk = Buffer.alloc(1024 * 1024, 'z')
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (part: Buffer) => out.push(part))
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  let crc = 0
  for (let written = 0; written < bytes; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, bytes - written))
    crc = crc32(piece, crc)
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await finished
  return { name, stored: Buffer.concat(out), method: 8, crc, size: claim ?? bytes }
}

/** A zip file of these entries, in this order (duplicates and all), with a plain (not ZIP64) directory. */
export function zipOf(entries: ReadonlyArray<RawZipEntry>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(entry.method, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x21, 12)
    local.writeUInt32LE(entry.crc >>> 0, 14)
    local.writeUInt32LE(entry.stored.length, 18)
    local.writeUInt32LE(entry.size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(entry.method, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(entry.crc >>> 0, 16)
    central.writeUInt32LE(entry.stored.length, 20)
    central.writeUInt32LE(entry.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.stored)
    centrals.push(central, name)
    offset += local.length + name.length + entry.stored.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
