import { formatBritishDateTime } from '../dates/british-date.ts'
import { assertNever } from '../util/assert-never.ts'
import type { ReplacedBy, SignerTrust, VerifyOutcome } from './identity.ts'

/** What a verification says, for the app's 'Verify a document' and for `convene verify` alike. */
export type VerifyVerdict = {
  /** One line: valid and by whom, valid by an unknown certificate, not valid, not signed, not checked. */
  readonly headline: string
  /** The reasons, the time and the fingerprint, and what to do. */
  readonly detail: string
  /** success only for a valid signature by a known certificate. */
  readonly severity: 'success' | 'warning' | 'error'
}

/** Where the verdict is read: the trust list lives in Settings in the app, in a file on the command line. */
export type VerdictPlace = 'app' | 'command line'

/** '2026-12-02T15:30:00Z' as '02/12/2026 at 15:30' (UK time); anything else as written. */
const when = (signedAt: string): string => {
  const instant = new Date(signedAt)
  return Number.isNaN(instant.getTime()) ? signedAt || 'an unknown time' : formatBritishDateTime(instant)
}

/** How a known certificate is known, in brackets after the signer's name. */
function known(trust: Exclude<SignerTrust, { kind: 'unknown' }>, place: VerdictPlace): string {
  switch (trust.kind) {
    case 'own':
      return "known: this laptop's own signing certificate"
    case 'listed':
      return place === 'app'
        ? 'known: a certificate trusted in Settings'
        : 'known: a certificate in the --trust file'
    case 'issued':
      return `known: issued by ${trust.authority}, a certificate authority ${place === 'app' ? 'trusted in Settings' : 'in the --trust file'}`
    default:
      return assertNever(trust, 'signer trust')
  }
}

/** ' This is version 1; version 2 replaced it, signed at …': where the laptop knows a later version. */
function replacedWords(replacedBy: ReplacedBy | undefined): string {
  return replacedBy
    ? ` This is version ${replacedBy.version}; version ${replacedBy.number} replaced it, signed at ${when(replacedBy.signedAt)}. Use version ${replacedBy.number}.`
    : ''
}

/**
 * The one wording of a verification. 'Valid, signed by Helen Okafor (known: ...)' only when the certificate
 * is known; a valid signature by a certificate Convene does not know says so first, because anyone can make
 * a certificate in anyone's name: the fingerprint is what tells a genuine certificate from a forged one.
 */
export function verifyVerdict(outcome: VerifyOutcome, place: VerdictPlace): VerifyVerdict {
  switch (outcome.status) {
    case 'unsigned':
      return { headline: 'Not signed.', detail: outcome.problem, severity: 'warning' }
    case 'refused':
      return { headline: 'Not checked.', detail: outcome.problem, severity: 'error' }
    case 'broken':
      return {
        headline: 'NOT valid.',
        detail: `${outcome.problem} The signature names ${outcome.signer}, at ${when(outcome.signedAt)}.`,
        severity: 'error',
      }
    case 'valid': {
      const fingerprint = `Certificate fingerprint (SHA-256): ${outcome.fingerprint}.`
      const replaced = replacedWords(outcome.replacedBy)
      const trust = outcome.trust
      if (trust.kind === 'unknown')
        return {
          headline: 'Valid, but signed with a certificate Convene does not know.',
          detail:
            `The document is unchanged since it was signed at ${when(outcome.signedAt)}. The certificate names ` +
            `${outcome.signer}, but anyone can make a certificate in any name, so this does not show who ` +
            `signed. Compare its fingerprint with the one the signer gives you. ${fingerprint} ` +
            (place === 'app'
              ? "To know it from now on, add the signer's certificate, or the council's certificate authority, in Settings."
              : "To know it, pass the signer's certificate, or the council's certificate authority, with --trust FILE.") +
            replaced,
          severity: 'warning',
        }
      if (outcome.replacedBy)
        return {
          headline: `Valid, signed by ${outcome.signer} (${known(trust, place)}), but replaced by a later version.`,
          detail: `Signed at ${when(outcome.signedAt)}, and unchanged since. ${fingerprint}${replaced}`,
          severity: 'warning',
        }
      return {
        headline: `Valid, signed by ${outcome.signer} (${known(trust, place)}).`,
        detail: `Signed at ${when(outcome.signedAt)}, and unchanged since. ${fingerprint}`,
        severity: 'success',
      }
    }
    default:
      return assertNever(outcome, 'verify outcome')
  }
}
