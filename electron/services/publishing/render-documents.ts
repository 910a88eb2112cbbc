import type { WorkingDayCalendar } from '../../../shared/calendar/bank-holidays.ts'
import {
  minutesContent,
  type MinutesCopy,
  type SignatureBlock,
} from '../../../shared/kinds/conference/documents/minutes-content.ts'
import type { ConferenceMeeting } from '../../../shared/kinds/conference/conference-meeting.ts'
import type { TimescaleSettings } from '../../../shared/kinds/conference/timescale-settings.ts'
import type { DocumentKind, DocumentSpec } from '../../../shared/kinds/kind-module.ts'
import type { ExtraAcronym } from '../../../shared/language/analyse.ts'
import { projectFor } from '../../../shared/meeting/project.ts'
import { xmlSafe } from '../../../shared/text/xml-safe.ts'
import type { Meeting } from '../../../shared/meeting/meeting.ts'
import { assertNever } from '../../../shared/util/assert-never.ts'
import { renderDecisionLetter, renderOutlinePlan } from '../export/letters-docx.ts'
import { renderMinutes } from '../export/minutes-docx.ts'
import { renderMiamOutcome } from '../export/miam-outcome-docx.ts'
import { renderParentingPlan } from '../export/parenting-plan-docx.ts'
import { renderAgreementToMediate } from '../export/agreement-to-mediate-docx.ts'
import { agreementToMediateContent } from '../../../shared/kinds/mediation/documents/agreement-to-mediate-content.ts'
import { parentingPlanContent } from '../../../shared/kinds/mediation/documents/parenting-plan-content.ts'
import { miamOutcomeContent } from '../../../shared/kinds/mediation/documents/miam-outcome-content.ts'
import type { MediationMeeting } from '../../../shared/kinds/mediation/miam-commands.ts'

/** What laying a document out needs besides the meeting: the council's numbers and the signature block. */
export type LayoutOptions = {
  readonly signature: SignatureBlock | null
  readonly timescales: TimescaleSettings
  readonly calendar: WorkingDayCalendar
  /** The council's own acronyms, for the glossaries. */
  readonly acronyms: ReadonlyArray<ExtraAcronym>
}

/** A conference's documents: which copy of the minutes each is built like. */
type ConferenceDocument = Exclude<DocumentKind, 'miam-outcome' | 'parenting-plan' | 'agreement-to-mediate'>

function copyOf(kind: ConferenceDocument): MinutesCopy {
  switch (kind) {
    case 'minutes-full':
      return 'full'
    case 'minutes-family':
    case 'decision-letter':
    case 'outline-plan':
      return 'family'
    default:
      return assertNever(kind, 'document kind')
  }
}

/**
 * One document, from its reader's projection of the meeting and nothing else: what the spec's audience may
 * not see is not in the meeting this lays out, so no layout can leak it.
 */
export async function renderDocument(
  meeting: Meeting,
  spec: DocumentSpec,
  options: LayoutOptions,
): Promise<Buffer> {
  // Nothing XML cannot hold reaches a document: one such character makes it unopenable.
  const projected = projectFor(xmlSafe(meeting), spec.audience)
  if (spec.kind === 'parenting-plan' && spec.audience.kind === 'party')
    return renderParentingPlan(
      parentingPlanContent(projected.meeting as MediationMeeting, spec.audience.partyId, options.signature),
      spec.title,
    )
  if (spec.kind === 'agreement-to-mediate' && spec.audience.kind === 'party')
    return renderAgreementToMediate(
      agreementToMediateContent(
        projected.meeting as MediationMeeting,
        spec.audience.partyId,
        options.signature,
      ),
      spec.title,
    )
  if (spec.kind === 'parenting-plan' || spec.kind === 'agreement-to-mediate')
    throw new Error('A parent’s copy is made for one parent')
  if (spec.kind === 'miam-outcome')
    return renderMiamOutcome(
      miamOutcomeContent(projected.meeting as MediationMeeting, options.signature),
      spec.title,
    )
  const content = minutesContent(projected.meeting as ConferenceMeeting, {
    ...options,
    copy: copyOf(spec.kind),
    withheld: projected.withheldNotes + projected.withheldItems > 0,
  })
  switch (spec.kind) {
    case 'minutes-full':
    case 'minutes-family':
      return renderMinutes(content, spec.title)
    case 'decision-letter':
      return renderDecisionLetter(content, spec.title)
    case 'outline-plan':
      return renderOutlinePlan(content, spec.title)
    default:
      return assertNever(spec.kind, 'document kind')
  }
}
