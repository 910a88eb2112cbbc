import { bundledCalendar, type WorkingDayCalendar } from '../../shared/calendar/bank-holidays.ts'
import type { SignatureBlock } from '../../shared/kinds/conference/documents/minutes-content.ts'
import {
  defaultTimescales,
  type TimescaleSettings,
} from '../../shared/kinds/conference/timescale-settings.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { ExtraAcronym } from '../../shared/language/analyse.ts'
import { renderDocument } from '../../electron/services/publishing/render-documents.ts'

/** A document laid out, before any signature: its name, its title, its bytes. */
export type RenderedDocument = { readonly fileName: string; readonly title: string; readonly data: Buffer }

/**
 * Every document a meeting's kind produces, laid out by the production code (each from its reader's
 * projection) with a given signature block and no digital signature, named as the publishing service names
 * a signed version's: for tests of the layout and of signing on their own.
 */
export async function renderDocuments(
  meeting: Meeting,
  options: {
    readonly signature: SignatureBlock | null
    readonly timescales?: TimescaleSettings
    readonly calendar?: WorkingDayCalendar
    readonly acronyms?: ReadonlyArray<ExtraAcronym>
  },
): Promise<RenderedDocument[]> {
  const stem = `${meeting.kind}-${meeting.date}-${meeting.id.slice(0, 8)}`
  const documents: RenderedDocument[] = []
  for (const spec of moduleOf(meeting.kind).documents(meeting))
    documents.push({
      fileName: `${spec.fileStem}-${stem}.docx`,
      title: spec.title,
      data: await renderDocument(meeting, spec, {
        signature: options.signature,
        timescales: options.timescales ?? defaultTimescales(),
        calendar: options.calendar ?? bundledCalendar(),
        acronyms: options.acronyms ?? [],
      }),
    })
  return documents
}
