import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'

/**
 * How much of a package Convene will unpack to check it. A Word document Convene writes has about 20 parts
 * and unpacks to well under 5 MB; these limits leave room for pictures and long minutes while keeping a
 * hostile file (a 'zip bomb': a small file that unpacks to gigabytes, or hundreds of thousands of parts)
 * from using up the laptop's memory or time.
 */
export const packageLimits = {
  /** The file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** Parts in the package. */
  entries: 2_000,
  /** One part, unpacked; parts are hashed as they are unpacked, never held whole. */
  partBytes: 100 * 1024 * 1024,
  /** Every part together, unpacked. */
  totalBytes: 250 * 1024 * 1024,
  /** A part read as XML text: the signature, [Content_Types].xml, relationships. */
  xmlBytes: 4 * 1024 * 1024,
} as const

/** Package limits, for tests that use smaller ones. */
export type PackageLimits = { readonly [Key in keyof typeof packageLimits]: number }

/** A package Convene will not unpack further, with the reason in plain words. */
export class PackageRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PackageRefused'
  }
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`

/**
 * A .docx (a zip package) read from its central directory with yauzl: the names of its parts, and each
 * part's text or SHA-256 as it streams out of the inflater, within `packageLimits`. Part names that are the
 * same but for case are refused: OPC part names ignore case, and a program could open either one.
 */
export class ZipPackage {
  private readonly zip: yauzl.ZipFile
  private readonly entries: ReadonlyMap<string, yauzl.Entry>
  private readonly limits: PackageLimits
  private unpacked = 0

  private constructor(zip: yauzl.ZipFile, entries: ReadonlyMap<string, yauzl.Entry>, limits: PackageLimits) {
    this.zip = zip
    this.entries = entries
    this.limits = limits
  }

  /** Reads the package's directory, refusing what is over the limits before anything is unpacked. */
  static async open(data: Buffer, limits: PackageLimits = packageLimits): Promise<ZipPackage> {
    if (data.length > limits.fileBytes)
      throw new PackageRefused(
        `This file is ${megabytes(data.length)}, more than any document Convene signs (${megabytes(limits.fileBytes)} at most), so it is not checked.`,
      )
    let zip: yauzl.ZipFile
    try {
      zip = await yauzl.fromBufferPromise(data, { validateEntrySizes: true, strictFileNames: true })
    } catch {
      throw new PackageRefused('This is not a Word document (.docx) that can be opened.')
    }
    if (zip.entryCount > limits.entries)
      throw new PackageRefused(
        `This document holds ${zip.entryCount.toLocaleString('en-GB')} parts, far more than a Word document has (Convene checks up to ${limits.entries.toLocaleString('en-GB')}), so it is not checked.`,
      )
    const entries = new Map<string, yauzl.Entry>()
    const seen = new Map<string, string>()
    let claimed = 0
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith('/')) continue
        const folded = entry.fileName.toLowerCase()
        const earlier = seen.get(folded)
        if (earlier !== undefined)
          throw new PackageRefused(
            `This document holds two parts named ${entry.fileName}. Word and other programs may show either one, so it is not checked: treat it as altered.`,
          )
        seen.set(folded, entry.fileName)
        if (entry.uncompressedSize > limits.partBytes)
          throw new PackageRefused(
            `Part of this document (${entry.fileName}) unpacks to ${megabytes(entry.uncompressedSize)}, more than Convene will unpack (${megabytes(limits.partBytes)}), so it is not checked.`,
          )
        claimed += entry.uncompressedSize
        if (claimed > limits.totalBytes)
          throw new PackageRefused(
            `This document unpacks to more than ${megabytes(limits.totalBytes)}, more than Convene will unpack, so it is not checked.`,
          )
        if (entry.isEncrypted() || !entry.canDecodeFileData())
          throw new PackageRefused(
            `Part of this document (${entry.fileName}) is encrypted or packed in a way Word does not use, so it is not checked.`,
          )
        entries.set(entry.fileName, entry)
      }
    } catch (error) {
      if (error instanceof PackageRefused) throw error
      throw new PackageRefused('This is not a Word document (.docx) that can be opened: it is damaged.')
    }
    return new ZipPackage(zip, entries, limits)
  }

  /** The names of the package's parts (not folders), as stored. */
  names(): ReadonlyArray<string> {
    return [...this.entries.keys()]
  }

  /** Whether the package has this part. */
  has(name: string): boolean {
    return this.entries.has(name)
  }

  /** A small part's text (the signature, content types, relationships), within `xmlBytes`. */
  async text(name: string): Promise<string> {
    const chunks: Buffer[] = []
    await this.stream(name, this.limits.xmlBytes, (chunk) => chunks.push(chunk))
    return Buffer.concat(chunks).toString('utf8')
  }

  /** A part's SHA-256 (base64), hashed as it is unpacked, so a large part never sits in memory. */
  async digest(name: string): Promise<string> {
    const hash = createHash('sha256')
    await this.stream(name, this.limits.partBytes, (chunk) => hash.update(chunk))
    return hash.digest('base64')
  }

  private async stream(name: string, limit: number, take: (chunk: Buffer) => void): Promise<void> {
    const entry = this.entries.get(name)
    if (!entry) throw new PackageRefused(`Part of the document (${name}) is missing.`)
    if (entry.uncompressedSize > limit)
      throw new PackageRefused(
        `Part of this document (${name}) unpacks to ${megabytes(entry.uncompressedSize)}, far more than it should, so it is not checked.`,
      )
    let stream: Readable
    try {
      stream = await this.zip.openReadStreamPromise(entry)
    } catch {
      throw new PackageRefused(`Part of this document (${name}) is damaged and cannot be unpacked.`)
    }
    let size = 0
    try {
      // yauzl stops a part that unpacks to more than its directory entry says (validateEntrySizes), so the
      // checks made on the directory in open() hold for what is actually unpacked; these count it again.
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length
        this.unpacked += chunk.length
        if (size > limit || this.unpacked > this.limits.totalBytes)
          throw new PackageRefused(
            `Part of this document (${name}) unpacks to more than Convene will unpack, so it is not checked.`,
          )
        take(chunk)
      }
    } catch (error) {
      stream.destroy()
      if (error instanceof PackageRefused) throw error
      throw new PackageRefused(`Part of this document (${name}) is damaged and cannot be unpacked.`)
    }
  }
}
