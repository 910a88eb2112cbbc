import { formatBritishDate, ukDateOf } from '../dates/british-date.ts'

/** A signed version as the version line reads it. */
export type VersionFacts = {
  readonly number: number
  readonly signedAt: string
  readonly corrections?: ReadonlyArray<{ readonly what: string; readonly askedBy: string }>
}

/**
 * Which signed version a document is, in words every copy carries: 'Version 1', or 'Version 2, correcting
 * version 1 of 02/12/2026: the date of the next core group (asked for by Jan Kowalski)'.
 */
export function versionWords(versions: ReadonlyArray<VersionFacts>, number: number): string {
  const before = versions.find((each) => each.number === number - 1)
  if (number <= 1 || !before) return `Version ${number}`
  const current = versions.find((each) => each.number === number)
  const what = (current?.corrections ?? [])
    .map((each) => `${each.what.trim().replace(/[.\s]+$/u, '')} (asked for by ${each.askedBy.trim()})`)
    .join('; ')
  const of = formatBritishDate(ukDateOf(new Date(before.signedAt)))
  return `Version ${number}, correcting version ${number - 1} of ${of}${what ? `: ${what}` : ''}`
}

/** The part of a file name that says which version it is: nothing for the first, ' - version 2' after. */
export const versionInFileName = (number: number | null): string =>
  number !== null && number > 1 ? ` - version ${number}` : ''

/** Which meeting and signed version a document is, as its core properties carry it. */
export const documentIdentity = (meetingId: string, number: number): string =>
  `convene:meeting:${meetingId}:version:${number}`

/** The meeting and version a document's identifier names, or null for any other. */
export function readDocumentIdentity(
  identifier: string,
): { readonly meetingId: string; readonly number: number } | null {
  const match = /^convene:meeting:([0-9a-f-]{36}):version:([1-9]\d{0,3})$/i.exec(identifier.trim())
  return match?.[1] && match[2] ? { meetingId: match[1].toLowerCase(), number: Number(match[2]) } : null
}
