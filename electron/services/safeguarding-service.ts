import { replayCase } from '../../shared/case/case-journal.ts'
import { concernLetterContent } from '../../shared/case/concern-letter-content.ts'
import { concernDeadlines, inOfficeHours } from '../../shared/case/safeguarding-deadlines.ts'
import type { Concern } from '../../shared/case/safeguarding.ts'
import type { SafeguardingDue } from '../../shared/meeting/case-view.ts'
import type { CouncilSettings } from '../../shared/settings/settings.ts'
import type { ExportedDocument } from '../../shared/model/identity.ts'
import { contactFor } from '../../shared/settings/safeguarding-contacts.ts'
import { kindEnvironment } from '../../shared/settings/kind-environment.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import { xmlSafe } from '../../shared/text/xml-safe.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { meetingIdsOfCase } from './case-history.ts'
import { chairSigner } from './document-service.ts'
import { renderConcernLetter } from './export/concern-letter-docx.ts'
import type { ConveneSession } from './session.ts'
import type { CaseFiles } from './store/case-files.ts'
import { signDocx } from './signing/ooxml-signature.ts'

/** How far ahead a deadline is called near. */
const nearMs = 2 * 60 * 60 * 1000

/**
 * Safeguarding concerns across the laptop's cases: what is due by when (so no deadline slips while the
 * mediator is in another case, or on the home screen), and the written follow-up of a referral in Word.
 */
export class SafeguardingService {
  private readonly session: ConveneSession
  private readonly now: () => Date
  /** The reading of every case under way: whose cases, and how many saves of them had begun when it began. */
  private reading: {
    readonly cases: CaseFiles | null
    readonly writes: number
    readonly answer: Promise<Result<ReadonlyArray<SafeguardingDue>>>
  } | null = null

  constructor(session: ConveneSession, now: () => Date) {
    this.session = session
    this.now = now
  }

  /**
   * Every step due in every case, soonest first, each saying whether its time has come. It reads every case,
   * so callers asking at the same moment (the home screen's alerts and the app's notifications, as the app
   * opens) share one reading, unless a case was saved after it began.
   */
  due(): Promise<Result<ReadonlyArray<SafeguardingDue>>> {
    const store = this.session.meetings()
    const cases = store.ok ? store.value.caseFile : null
    const writes = cases?.writes ?? 0
    const current = this.reading
    if (current && current.cases === cases && current.writes === writes) return current.answer
    const reading = { cases, writes, answer: this.readDue() }
    this.reading = reading
    void reading.answer.finally(() => {
      if (this.reading === reading) this.reading = null
    })
    return reading.answer
  }

  private async readDue(): Promise<Result<ReadonlyArray<SafeguardingDue>>> {
    const store = this.session.meetings()
    if (!store.ok) return store
    const settings = this.session.settings()
    if (!settings.ok) return settings
    const calendar = kindEnvironment(settings.value.get()).calendar
    const now = this.now().getTime()
    const due: SafeguardingDue[] = []
    for (const summary of store.value.cases()) {
      const stored = await store.value.caseFile.get(summary.id)
      const replayed = stored.ok ? replayCase(stored.value.journal) : null
      // A case whose record cannot be read in full may hold a concern whose deadline is passing: said so,
      // never left out in silence.
      if (
        !replayed ||
        replayed.damagedFrom !== null ||
        replayed.record.damage !== null ||
        (stored.ok && stored.value.restored)
      ) {
        due.push({
          concernId: '',
          step: 'duty-team',
          label:
            replayed && replayed.damagedFrom === null && !(stored.ok && stored.value.restored)
              ? 'This case’s record was damaged and carried on from what could be read, so a concern recorded before then may be missing. Check your own notes of any concern in this family now, and restore the data folder from a backup.'
              : 'This case’s record is damaged, so any safeguarding concern in it cannot be shown. Check your own notes of any concern in this family now, and restore the data folder from a backup.',
          due: this.now().toISOString(),
          now: true,
          caseId: summary.id,
          familyName: summary.familyName,
          passed: true,
          near: false,
        })
        if (!replayed) continue
      }
      for (const concern of replayed.record.concerns)
        for (const item of concernDeadlines(concern, calendar, summary.family)) {
          const at = new Date(item.due).getTime()
          due.push({
            ...item,
            caseId: summary.id,
            familyName: summary.familyName,
            passed: item.now || at <= now,
            near: !item.now && at > now && at - now <= nearMs,
          })
        }
    }
    return ok(due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)))
  }

  /** The written follow-up of a concern's referral, signed by the mediator now, for them to send. */
  async letter(caseId: string, concernId: string): Promise<Result<ExportedDocument>> {
    const store = this.session.meetings()
    const settings = this.session.settings()
    const identities = this.session.identity()
    if (!store.ok) return store
    if (!settings.ok) return settings
    if (!identities.ok) return identities
    const stored = await store.value.caseFile.get(caseId)
    if (!stored.ok) return stored
    const concern = replayCase(stored.value.journal).record.concerns.find((each) => each.id === concernId)
    if (!concern) return fail('not-found', 'This concern is no longer in the case.')
    if (concern.withdrawn)
      return fail(
        'invalid-argument',
        'This concern was withdrawn as raised by mistake: there is nothing to send.',
      )
    // Signed as the mediator of the meeting it was raised in (else the case's newest meeting).
    const meetings: Meeting[] = []
    for (const id of meetingIdsOfCase(store.value, caseId)) {
      const loaded = await store.value.get(id)
      if (loaded.ok) meetings.push(loaded.value.meeting)
    }
    const meeting =
      meetings.find((each) => each.id === concern.meetingId) ??
      [...meetings].sort((a, b) => (a.date < b.date ? 1 : -1))[0]
    if (!meeting) return fail('not-found', 'This case has no meeting to say who the mediator is.')
    // Signed by the mediator or chair by name: never as 'The chair' with a certificate made for nobody.
    if (meeting.chairId === null)
      return fail(
        'invalid-argument',
        'Name yourself as the mediator or chair of the meeting first (Before the meeting), so the letter says who wrote it.',
      )
    const signedAt = this.now()
    const signing = await chairSigner(identities.value, this.now)(meeting, signedAt.toISOString())
    if (!signing.ok) return signing
    const chair = meeting.participants.find((person) => person.id === meeting.chairId)
    const content = xmlSafe(
      concernLetterContent(
        concern,
        stored.value.familyName,
        { name: signing.value.block.name || chair?.name || 'Not named', role: chair?.role ?? '' },
        referredTo(concern, settings.value.get()),
        meetings.flatMap((each) => each.children),
      ),
    )
    const data = await renderConcernLetter(content, xmlSafe(signing.value.block), 'Safeguarding referral')
    const signed = await signDocx(data, signing.value.key, signedAt)
    return ok({
      fileName: `safeguarding-referral-${signedAt.toISOString().slice(0, 10)}-${concernId.slice(0, 8)}.docx`,
      base64: signed.toString('base64'),
    })
  }
}

/** Which team a concern's referral went to, by when it was made (or raised), and its number. */
function referredTo(concern: Concern, settings: CouncilSettings): { outOfHours: boolean; phone: string } {
  const phoned = concern.steps['mediator-referral'] ?? concern.steps['duty-team']
  const at = new Date(phoned?.outcome === 'done' ? phoned.at : concern.raisedAt)
  const outOfHours = !inOfficeHours(at, kindEnvironment(settings).calendar)
  const team = contactFor(settings.safeguardingContacts, outOfHours ? 'out-of-hours' : 'duty-team')
  return { outOfHours, phone: team.phone }
}
