import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { renderMinutes } from '../../electron/services/export/minutes-docx.ts'
import { createSelfSigned } from '../../electron/services/signing/certificate.ts'
import { signDocx } from '../../electron/services/signing/ooxml-signature.ts'
import { minutesContent } from '../../shared/kinds/conference/documents/minutes-content.ts'
import { minutesMarkdown } from '../../shared/kinds/conference/documents/minutes-markdown.ts'
import { conferenceMeeting } from '../helpers/conference-meeting.ts'
import { ms, percentile, report } from './stats.ts'

/** Exporting the minutes of a 1,000-note meeting: render and sign, against pandoc on the same content. */
export async function benchExport(): Promise<void> {
  const meeting = conferenceMeeting(1000)
  const identity = createSelfSigned({ name: 'Helen Okafor', role: 'Chair', organisation: 'Portsmouth' })
  const signature = { name: 'Helen Okafor', role: 'Chair', signedAt: new Date().toISOString(), image: null }
  const times: number[] = []
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now()
    const content = minutesContent(meeting, { copy: 'full', withheld: false, signature })
    await signDocx(await renderMinutes(content, 'Minutes'), identity, new Date())
    times.push(performance.now() - started)
  }
  const median = percentile(times, 0.5)
  report(`export: render + sign minutes, ${meeting.notes.length} notes`, {
    median: ms(median),
    max: ms(Math.max(...times)),
  })

  const work = await mkdtemp(join(tmpdir(), 'convene-bench-export-'))
  try {
    const markdown = join(work, 'minutes.md')
    await writeFile(
      markdown,
      minutesMarkdown(minutesContent(meeting, { copy: 'full', withheld: false, signature })),
    )
    const pandoc: number[] = []
    for (let round = 0; round < 3; round += 1) {
      const started = performance.now()
      execFileSync('pandoc', [markdown, '-o', join(work, 'minutes.docx')])
      pandoc.push(performance.now() - started)
    }
    const pandocMedian = percentile(pandoc, 0.5)
    report('export: pandoc, the same minutes from Markdown to .docx', {
      median: ms(pandocMedian),
      'Convene / pandoc': (median / pandocMedian).toFixed(2),
    })
  } catch (error) {
    report('export: pandoc', {
      skipped: `pandoc could not run (${error instanceof Error ? error.message : 'unknown'})`,
    })
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
