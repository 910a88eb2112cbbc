import { formatBritishDate } from '../../../dates/british-date.ts'
import type { SignatureBlock } from '../../../model/signature-block.ts'
import type { MediationMeeting } from '../miam-commands.ts'
import { blankSession, planPartLabels, planParts, planWords, sessionOutcomeLabels } from '../session.ts'

/** What a parenting plan says, as plain values, for the parent whose copy it is. */
export type ParentingPlanContent = {
  readonly forWhom: string
  readonly parents: ReadonlyArray<string>
  readonly children: ReadonlyArray<string>
  readonly date: string
  readonly mediator: string
  readonly reached: boolean
  readonly outcome: string
  /** Each part the parents wrote, with its heading; parts left empty are left out. */
  readonly parts: ReadonlyArray<readonly [string, string]>
  /** What a child asked the mediator to tell both parents (only where the child and both parents agreed). */
  readonly childMessage: { readonly child: string; readonly words: string } | null
  readonly signature: SignatureBlock | null
}

/**
 * The parenting plan the parents reached in mediation, in their words, from one parent's projection (so
 * nothing said in the other's room, and no MIAM screening, can be in it); or the record that none was
 * reached. Proposals, not an order: the parents decide whom to share it with.
 */
export function parentingPlanContent(
  meeting: MediationMeeting,
  partyId: string,
  signature: SignatureBlock | null,
): ParentingPlanContent {
  const session = meeting.record.session ?? blankSession()
  const named = (name: string) => name.trim() || 'Not named'
  const chair = meeting.participants.find((person) => person.id === meeting.chairId)
  const parents = meeting.participants.filter((person) => person.group === 'family')
  return {
    forWhom: named(parents.find((person) => person.id === partyId)?.name ?? ''),
    parents: parents.map((person) => named(person.name)),
    children: meeting.children.map((child) => named(child.name)),
    date: formatBritishDate(meeting.date),
    mediator: chair
      ? `${named(chair.name)}${chair.role.trim() ? `, ${chair.role.trim()}` : ''}`
      : 'Not named',
    reached: session.outcome === 'agreed' || session.outcome === 'partly-agreed',
    outcome: session.outcome ? sessionOutcomeLabels[session.outcome] : 'The session has not been closed yet',
    parts: planParts.flatMap((part) => {
      const words = planWords(session, part).trim()
      return words === '' ? [] : [[planPartLabels[part], words] as const]
    }),
    childMessage: childMessageOf(meeting),
    signature,
  }
}

/** The child's message to both parents, as the projection leaves it (empty unless the child wished it shared). */
function childMessageOf(meeting: MediationMeeting): ParentingPlanContent['childMessage'] {
  const consultation = meeting.record.session?.childConsultation
  const words = consultation?.toShare.trim() ?? ''
  if (!consultation || words === '') return null
  const child = meeting.children.find((candidate) => candidate.id === consultation.childId)
  return { child: child?.knownAs.trim() || child?.name.trim() || 'Your child', words }
}
