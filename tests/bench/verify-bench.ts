import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { renderDocuments } from '../helpers/render-documents.ts'
import { createSelfSigned } from '../../electron/services/signing/certificate.ts'
import { signDocx } from '../../electron/services/signing/ooxml-signature.ts'
import { conferenceMeeting } from '../helpers/conference-meeting.ts'
import { bombEntry, deflatedEntry, zipOf } from '../helpers/zip-writer.ts'
import { ms, report } from './stats.ts'

const gigabyte = 1024 * 1024 * 1024

/** `convene verify` on a file, in a fresh process: its peak memory, time and verdict. */
function measure(file: string): { peakMegabytes: number; milliseconds: number; said: string } {
  const line = execFileSync(process.execPath, [join(import.meta.dirname, 'verify-memory.ts'), file], {
    encoding: 'utf8',
  })
  return JSON.parse(line) as { peakMegabytes: number; milliseconds: number; said: string }
}

/**
 * verify's peak memory on a zip bomb: signed minutes whose word/document.xml unpacks to 1.1 GB, built here
 * (about 1 MB on disk, never committed), with the size told in the headers and hidden behind the real
 * document's size; and, for comparison, on the signed minutes as they are and with a 90 MB main part,
 * within the limits and so hashed in full. Each runs in its own process.
 */
export async function benchVerify(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'convene-bench-verify-'))
  try {
    const [minutes] = await renderDocuments(conferenceMeeting(), { signature: null })
    if (!minutes) throw new Error('no minutes')
    const identity = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
    const zip = await JSZip.loadAsync(await signDocx(minutes.data, identity, new Date()))
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => !zip.files[name]?.dir)
        .map(async (name) =>
          deflatedEntry(name, Buffer.from((await zip.file(name)?.async('uint8array')) ?? new Uint8Array())),
        ),
    )
    const document = parts.find((part) => part.name === 'word/document.xml')
    const bomb = await bombEntry('word/document.xml', Math.round(1.1 * gigabyte))
    // Within the limits, so unpacked in full: its digest is taken as it streams.
    const large = await bombEntry('word/document.xml', 90 * 1024 * 1024)
    const files = {
      'the signed minutes': zipOf(parts),
      '90 MB main part, hashed as it streams': zipOf(parts.map((part) => (part === document ? large : part))),
      '1.1 GB bomb, size told': zipOf(parts.map((part) => (part === document ? bomb : part))),
      '1.1 GB bomb, size hidden': zipOf(
        parts.map((part) => (part === document ? { ...bomb, size: document.size } : part)),
      ),
    }
    for (const [name, data] of Object.entries(files)) {
      const file = join(work, 'document.docx')
      await writeFile(file, data)
      const result = measure(file)
      report(`verify peak memory: ${name} (${(data.length / 1048576).toFixed(2)} MB file)`, {
        'peak memory': `${result.peakMegabytes.toFixed(0)} MB`,
        time: ms(result.milliseconds),
        verdict: result.said.replace(/^[^:]*: /, '').replace(/\..*/, '.'),
      })
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
