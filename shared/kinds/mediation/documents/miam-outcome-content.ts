import { formatBritishDate } from '../../../dates/british-date.ts'
import type { SignatureBlock } from '../../../model/signature-block.ts'
import type { MediationMeeting } from '../miam-commands.ts'
import { miamOutcomeStatements } from '../miam.ts'

/** What a MIAM's outcome says, as plain values: for the parent it was with, to give a court if they wish. */
export type MiamOutcomeContent = {
  readonly partyName: string
  readonly date: string
  readonly mediator: string
  readonly children: ReadonlyArray<string>
  /** The outcome in the court form's terms, or why there is none yet. */
  readonly statement: string
  readonly signature: SignatureBlock | null
}

/**
 * The outcome of a MIAM, from the party's own projection (which holds no screening answer, agency or
 * reason): who attended, when, with whom, about which children, and the outcome. Never what was said.
 */
export function miamOutcomeContent(
  meeting: MediationMeeting,
  signature: SignatureBlock | null,
): MiamOutcomeContent {
  const miam = meeting.record.miam
  const nameOf = (id: string | null | undefined) =>
    meeting.participants.find((person) => person.id === id)?.name.trim() || 'Not named'
  const chair = meeting.participants.find((person) => person.id === meeting.chairId)
  const partyName = nameOf(miam?.partyId)
  return {
    partyName,
    date: formatBritishDate(meeting.date),
    mediator: chair
      ? `${chair.name.trim() || 'Not named'}${chair.role.trim() ? `, ${chair.role.trim()}` : ''}`
      : 'Not named',
    children: meeting.children.map((child) => child.name),
    statement:
      miam?.outcome !== null && miam?.outcome !== undefined
        ? `${partyName} ${miamOutcomeStatements[miam.outcome]}`
        : 'This MIAM has not been closed yet: its outcome is not recorded.',
    signature,
  }
}
