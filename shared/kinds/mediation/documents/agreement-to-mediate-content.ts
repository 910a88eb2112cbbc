import { formatBritishDate } from '../../../dates/british-date.ts'
import type { SignatureBlock } from '../../../model/signature-block.ts'
import type { MediationMeeting } from '../miam-commands.ts'
import { agreementOf } from '../session.ts'

/**
 * What the parents agree to by signing, in plain words (DOMAIN.md, seeds 001 and 003): voluntary, neutral,
 * confidential but for a child's safety, proposals not orders.
 */
export const agreementTerms: ReadonlyArray<string> = [
  'Mediation is voluntary. Either of us, or the mediator, may end it at any time.',
  'The mediator is neutral: they help us talk and do not make decisions for us.',
  'What we say in mediation is confidential, with one exception. If anything suggests that a child, or anyone else, is suffering or likely to suffer significant harm, the mediator must tell children’s services or the police. Keeping children safe comes before confidentiality and before our own decisions.',
  'We will be open and honest with each other and the mediator, including about money and property where they are part of our mediation, and will share the papers we are asked for.',
  'What we reach in mediation are proposals, not a court order or a binding agreement. Each of us may take legal advice on them.',
  'We will not ask the mediator to give evidence in court about what was said in mediation, unless the law requires it.',
  'The mediator has explained the cost of mediation and whether legal aid can pay for it.',
]

/** A signature on the agreement: a parent's drawn mark (PNG, base64) or typed name, and when. */
export type AgreementSignature = {
  readonly name: string
  readonly role: string
  readonly signedAt: string
  readonly drawnPng: string | null
  readonly typed: string | null
}

/** The agreement to mediate, as plain values, for the parent whose copy it is. */
export type AgreementToMediateContent = {
  readonly forWhom: string
  readonly parents: ReadonlyArray<string>
  readonly children: ReadonlyArray<string>
  readonly date: string
  readonly mediator: string
  readonly terms: ReadonlyArray<string>
  readonly parentSignatures: ReadonlyArray<AgreementSignature>
  /** The mediator's signature block, dated when they countersigned; null until they do. */
  readonly mediatorSignature: SignatureBlock | null
}

/** The agreement to mediate, from one parent's projection, with each parent's signature and the mediator's. */
export function agreementToMediateContent(
  meeting: MediationMeeting,
  partyId: string,
  signature: SignatureBlock | null,
): AgreementToMediateContent {
  const agreement = agreementOf(meeting.record.session)
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
    terms: agreementTerms,
    parentSignatures: agreement.signatures.map((signed) => {
      const person = parents.find((candidate) => candidate.id === signed.partyId)
      return {
        name: named(person?.name ?? ''),
        role: person?.role.trim() || 'Parent',
        signedAt: signed.at,
        drawnPng: signed.mark.kind === 'drawn' ? signed.mark.png : null,
        typed: signed.mark.kind === 'typed' ? signed.mark.text : null,
      }
    }),
    mediatorSignature:
      signature && agreement.mediatorSignedAt ? { ...signature, signedAt: agreement.mediatorSignedAt } : null,
  }
}
