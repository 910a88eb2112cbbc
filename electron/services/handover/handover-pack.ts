import MailComposer from 'nodemailer/lib/mail-composer'
import type { WorkingDayCalendar } from '../../../shared/calendar/bank-holidays.ts'
import { addWorkingDays } from '../../../shared/calendar/working-days.ts'
import { formatBritishDate } from '../../../shared/dates/british-date.ts'
import {
  hadEarlierVersion,
  owedThe,
  stillToSend,
  sendingLabels,
  type KeptHandover,
  type Sending,
} from '../../../shared/handover/desk-log.ts'
import { distributionGaps, type Recipient } from '../../../shared/handover/handover.ts'
import type { TimescaleSettings } from '../../../shared/kinds/conference/timescale-settings.ts'
import type { DocumentKind } from '../../../shared/kinds/kind-module.ts'
import { kindInfo, moduleOf } from '../../../shared/kinds/registry.ts'
import { versionInFileName } from '../../../shared/meeting/version-words.ts'
import { fillLetter, letterheadLines, type LetterSettings } from '../../../shared/settings/letter-settings.ts'
import { fail, ok, type Result } from '../../../shared/util/result.ts'
import { withoutOverrides } from '../../../shared/case/concern-letter-content.ts'
import { renderCoverLetter } from '../export/cover-letter-docx.ts'
import type { FileToSave } from '../user-files.ts'

/** What building a pack needs besides the handover. */
export type PackOptions = {
  readonly letters: LetterSettings
  readonly timescales: TimescaleSettings
  readonly calendar: WorkingDayCalendar
  /** The day the pack is made ('2026-11-25'), and the moment, for the drafts' Date. */
  readonly today: string
  readonly now: Date
  /** The administrator making it. */
  readonly by: string
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** How each document is named in the pack. */
const documentNames: Readonly<Record<DocumentKind, string>> = {
  'minutes-full': 'minutes - full copy',
  'minutes-family': 'minutes - family copy',
  'decision-letter': 'decision letter',
  'outline-plan': 'outline plan',
  'miam-outcome': 'MIAM outcome',
  'parenting-plan': 'parenting plan',
  'agreement-to-mediate': 'agreement to mediate',
}

/** How each document is named in a covering message. */
const documentWords: Readonly<Record<DocumentKind, string>> = {
  'minutes-full': 'the minutes',
  'minutes-family': 'the family’s copy of the minutes',
  'decision-letter': 'the decision letter',
  'outline-plan': 'the outline plan',
  'miam-outcome': 'the MIAM outcome',
  'parenting-plan': 'the parenting plan',
  'agreement-to-mediate': 'the agreement to mediate',
}

/** 'the decision letter and the outline plan'. */
const inWords = (kinds: ReadonlyArray<DocumentKind>): string => {
  const words = kinds.map((kind) => documentWords[kind])
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** The documents a person gets in a sending, by the copy they may see. */
function documentsFor(what: Sending, copy: Recipient['copy']): ReadonlyArray<DocumentKind> {
  if (what === 'decision-letter') return copy === 'none' ? [] : ['decision-letter', 'outline-plan']
  if (copy === 'full') return ['minutes-full']
  if (copy === 'family') return ['minutes-family']
  return []
}

/** A meeting's kind as a file name says it: 'ICPC', 'RCPC', 'core group', 'MIAM'. */
export function shortKind(kind: string): string {
  return ['icpc', 'rcpc', 'miam'].includes(kind) ? kind.toUpperCase() : kind.replaceAll('-', ' ')
}

/**
 * A name as a file name may hold it: nothing a file system refuses (/ \ : * ? " < > |), no control or
 * direction-changing characters, no trailing dot or space, and not too long.
 */
export function fileSafe(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80)
      .replace(/[.\s]+$/u, '') || 'recipient'
  )
}

/**
 * The pack for one sending of a handed-over record, for the administrator to send from their own email
 * and post (issue 17): each signed document once, named for what it is, with its version; for each
 * person sent it by email a draft (.eml, marked unsent, so Outlook or Thunderbird opens it ready to send)
 * addressed to them alone with their documents attached, byte for byte as signed, and the covering message
 * from Settings; for each by post or by hand, a cover letter on the letterhead with their address alone.
 * A 'do not disclose' address is in that person's own draft or letter and nowhere else. Convene sends
 * nothing itself.
 */
export async function buildPack(
  kept: KeptHandover,
  what: Sending,
  options: PackOptions,
): Promise<Result<ReadonlyArray<FileToSave>>> {
  const meeting = kept.meeting
  const specs = moduleOf(meeting.kind).documents(meeting)
  const bytes = new Map<DocumentKind, { readonly title: string; readonly data: Buffer }>()
  for (const spec of specs) {
    const stem = `${spec.fileStem}-${meeting.kind}-${meeting.date}-`
    const document = kept.documents.find((each) => each.fileName.startsWith(stem))
    if (document) bytes.set(spec.kind, { title: spec.title, data: Buffer.from(document.base64, 'base64') })
  }
  // Those still to be sent this version; everyone owed it where all have been (a copy sent again).
  const waiting = stillToSend(kept, what)
  const owed = waiting.length > 0 ? waiting : owedThe(what, kept.distribution)
  const gaps = distributionGaps(owed)
  if (gaps.length > 0) return fail('invalid-argument', `Before the pack can be made: ${gaps.join(' ')}`)
  if (what === 'decision-letter' && !bytes.has('decision-letter'))
    return fail('invalid-argument', 'This meeting made no decision letter, so there is none to send.')
  if (owed.length === 0)
    return fail(
      'invalid-argument',
      `No one on the list gets the ${sendingLabels[what].toLocaleLowerCase('en-GB')}. Say who gets which copy first.`,
    )
  const version = kept.signedVersion
  const prefix = `${meeting.date} ${shortKind(meeting.kind)}`
  const fileNameOf = (kind: DocumentKind) =>
    `${prefix} ${documentNames[kind]}${versionInFileName(version)}.docx`
  const label = kindInfo(meeting.kind).label
  const on = formatBritishDate(meeting.date)
  const subject = `${label}, ${on}: ${sendingLabels[what].toLocaleLowerCase('en-GB')}${version > 1 ? `, corrected (version ${version})` : ''}`
  // Counted from the day the pack is made, which is the day it is sent as a rule.
  const correctionsBy = formatBritishDate(
    addWorkingDays(options.today, options.timescales.correctionsWorkingDays, options.calendar),
  )
  const earlier = new Map(hadEarlierVersion(kept, what).map((each) => [each.recipientId, each]))
  const from = [options.by, options.letters.service, options.letters.council].filter((each) => each.trim())

  const files: FileToSave[] = []
  const kindsUsed = new Set(owed.flatMap((each) => documentsFor(what, each.copy)))
  for (const kind of kindsUsed) {
    const document = bytes.get(kind)
    if (document) files.push({ fileName: fileNameOf(kind), base64: document.data.toString('base64') })
  }
  // No directional override reaches a letter or an email: it would make what follows read backwards.
  for (const recipient of withoutOverrides(owed)) {
    const theirs = documentsFor(what, recipient.copy).flatMap((kind) => {
      const document = bytes.get(kind)
      return document ? [{ kind, ...document }] : []
    })
    if (theirs.length === 0) continue
    const enclosed = theirs.map((each) => `${each.title}${version > 1 ? ` (version ${version})` : ''}`)
    const before = earlier.get(recipient.id)
    const message = [
      // A corrected version says so first: the reader may have the old one to hand.
      ...(before
        ? [
            `This corrected version replaces version ${before.version}, which we sent you on ${formatBritishDate(before.on)}. Please keep this one and destroy the earlier copy.`,
          ]
        : []),
      fillLetter(
        what === 'minutes' ? options.letters.coveringMessage : options.letters.decisionLetterMessage,
        {
          name: recipient.name,
          documents: inWords(theirs.map((each) => each.kind)),
          meeting: label.toLocaleLowerCase('en-GB'),
          date: on,
          version: version > 1 ? ` (version ${version}, corrected)` : '',
          correctionsBy,
        },
      ),
    ].join('\n\n')
    const who = fileSafe(recipient.name)
    if (recipient.how === 'email') {
      const composer = new MailComposer({
        ...(options.letters.email
          ? {
              from: {
                name: options.letters.service || options.letters.council || 'Convene',
                address: options.letters.email,
              },
            }
          : {}),
        to: recipient.email ? [{ name: recipient.name, address: recipient.email }] : [],
        subject: `OFFICIAL-SENSITIVE: ${subject}`,
        text: [message, '', 'Yours sincerely,', ...from].join('\n'),
        date: options.now,
        // Outlook opens a message marked unsent as a draft, ready to send.
        headers: { 'X-Unsent': '1' },
        attachments: theirs.map((each) => ({
          filename: fileNameOf(each.kind),
          content: each.data,
          contentType: docxType,
        })),
      })
      const eml = await composer.compile().build()
      files.push({
        fileName: `${prefix} ${sendingLabels[what].toLocaleLowerCase('en-GB')}${versionInFileName(version)} - email to ${who}.eml`,
        base64: eml.toString('base64'),
      })
    } else if (recipient.how === 'post' || recipient.how === 'by-hand') {
      const letter = await renderCoverLetter(
        {
          letterhead: letterheadLines(options.letters),
          addressBlock: [
            recipient.name,
            ...recipient.address
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean),
          ],
          date: formatBritishDate(options.today),
          subject,
          message,
          enclosed,
          from,
        },
        `Cover letter: ${subject}`,
      )
      files.push({
        fileName: `${prefix} ${sendingLabels[what].toLocaleLowerCase('en-GB')}${versionInFileName(version)} - letter to ${who}.docx`,
        base64: letter.toString('base64'),
      })
    }
  }
  return ok(files)
}
