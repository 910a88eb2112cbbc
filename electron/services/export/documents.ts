import type { WorkingDayCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { formatBritishDate } from '../../../shared/dates/british-date.ts'
import { minutesContent, type SignatureBlock } from '../../../shared/export/minutes-content.ts'
import type { ExtraAcronym } from '../../../shared/language/analyse.ts'
import type { Meeting } from '../../../shared/model/meeting.ts'
import { meetingKindLabels } from '../../../shared/model/meeting-kind.ts'
import type { TimescaleSettings } from '../../../shared/settings/timescale-settings.ts'
import { renderDecisionLetter, renderOutlinePlan } from './letters-docx.ts'
import { renderMinutes } from './minutes-docx.ts'

/** One exported document: its file name and its bytes. */
export type RenderedDocument = { readonly fileName: string; readonly title: string; readonly data: Buffer }

/** What rendering needs besides the meeting. */
export type RenderOptions = {
  readonly signature: SignatureBlock | null
  readonly timescales?: TimescaleSettings
  readonly calendar?: WorkingDayCalendar
  /** The council's own acronyms, for the glossaries. */
  readonly acronyms?: ReadonlyArray<ExtraAcronym>
}

/**
 * The four documents of a conference: the full minutes, the family's copy, the decision letter and the
 * outline plan. File names and titles carry the kind of meeting and its date, never a name.
 */
export async function renderDocuments(meeting: Meeting, options: RenderOptions): Promise<RenderedDocument[]> {
  const kind = meetingKindLabels[meeting.kind]
  const date = formatBritishDate(meeting.date)
  const stem = `${meeting.kind}-${meeting.date}-${meeting.id.slice(0, 8)}`
  const full = minutesContent(meeting, { ...options, copy: 'full' })
  const family = minutesContent(meeting, { ...options, copy: 'family' })
  const titles = {
    full: `${kind} minutes, ${date}`,
    family: `${kind} minutes, ${date} (family's copy)`,
    letter: `${kind} decision letter, ${date}`,
    plan: `${kind} outline plan, ${date}`,
  }
  return [
    { fileName: `minutes-${stem}.docx`, title: titles.full, data: await renderMinutes(full, titles.full) },
    {
      fileName: `minutes-family-copy-${stem}.docx`,
      title: titles.family,
      data: await renderMinutes(family, titles.family),
    },
    {
      fileName: `decision-letter-${stem}.docx`,
      title: titles.letter,
      data: await renderDecisionLetter(family, titles.letter),
    },
    {
      fileName: `outline-plan-${stem}.docx`,
      title: titles.plan,
      data: await renderOutlinePlan(family, titles.plan),
    },
  ]
}
