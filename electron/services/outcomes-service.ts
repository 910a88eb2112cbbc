import { randomUUID } from 'node:crypto'
import { replayCase } from '../../shared/case/case-journal.ts'
import { blankCaseRecord } from '../../shared/case/case-record.ts'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import type { ConferenceMeeting } from '../../shared/kinds/conference/conference-meeting.ts'
import type { MediationMeeting } from '../../shared/kinds/mediation/miam-commands.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { ExportedDocument } from '../../shared/model/identity.ts'
import { conferenceRow } from '../../shared/outcomes/conference-row.ts'
import { mediationRow } from '../../shared/outcomes/mediation-row.ts'
import { MonthSchema, outcomesCsv, type OutcomeRow } from '../../shared/outcomes/outcome-rows.ts'
import {
  importOutcomes,
  keptRows,
  readOutcomesFile,
  removeImport,
  type ImportedOutcomesView,
  type ImportReport,
  type OutcomesHere,
  type OutcomesFile,
} from '../../shared/outcomes/outcomes-file.ts'
import { kindEnvironment } from '../../shared/settings/kind-environment.ts'
import { fail, ok, type Failure, type Result } from '../../shared/util/result.ts'
import type { ConveneSession } from './session.ts'
import type { MeetingStore } from './store/meeting-store.ts'

/** Where the dashboard's rows come from: this laptop's own cases and meetings, or the files imported. */
export type OutcomesSource = 'here' | 'imported'

const toDocument = (fileName: string, text: string): ExportedDocument => ({
  fileName,
  base64: Buffer.from(text, 'utf8').toString('base64'),
})

/**
 * The evidence for the steering group (issue 18): each case and conference on this laptop as a row with no
 * name, exported as a file for the service lead (or a CSV); on the service lead's laptop, the files imported,
 * each laptop's newest kept, none counted twice.
 */
export class OutcomesService {
  private readonly session: ConveneSession
  private readonly now: () => Date

  constructor(session: ConveneSession, now: () => Date) {
    this.session = session
    this.now = now
  }

  /**
   * This laptop's cases and conferences as rows, each with an identifier made afresh, in no order that
   * follows the laptop's records; and how many cases were left out because their own record could not be
   * read (counted as if nothing were recorded, they would mislead).
   */
  async rowsHere(): Promise<Result<OutcomesHere>> {
    const store = this.session.meetings()
    const settings = this.session.settings()
    if (!store.ok) return store
    if (!settings.ok) return settings
    const environment = kindEnvironment(settings.value.get())
    const { meetings, unreadable } = await readableMeetings(store.value)
    const rows: OutcomeRow[] = []
    // A meeting that cannot be read may be the one that says how its case ended: said, never guessed.
    let leftOut = unreadable
    const byCase = new Map<string, Meeting[]>()
    for (const meeting of meetings) {
      const key = meeting.caseId ?? meeting.id
      byCase.set(key, [...(byCase.get(key) ?? []), meeting])
    }
    for (const [caseId, those] of byCase) {
      const family = moduleOf(those[0]?.kind ?? 'icpc').family
      if (family === 'mediation') {
        const stored = await store.value.caseFile.get(caseId)
        const replayed = stored.ok ? replayCase(stored.value.journal) : null
        if (
          stored.ok
            ? replayed?.damagedFrom !== null || replayed.record.damage !== null
            : stored.error.code !== 'not-found'
        ) {
          leftOut += 1
          continue
        }
        const row = mediationRow(
          replayed?.record ?? blankCaseRecord(),
          those as unknown as MediationMeeting[],
          randomUUID(),
        )
        if (row) rows.push(row)
        continue
      }
      for (const meeting of those) {
        if (meeting.kind !== 'icpc' && meeting.kind !== 'rcpc') continue
        const earlier = those.filter(
          (other) => (other.kind === 'icpc' || other.kind === 'rcpc') && other.date < meeting.date,
        ) as unknown as ConferenceMeeting[]
        const row = conferenceRow(meeting, earlier, environment, randomUUID())
        if (row) rows.push(row)
      }
    }
    // A month no file may hold (before 2000, or after this one: a meeting dated wrongly) would have the
    // service lead refuse the whole file: such a case is left out here, and said.
    const thisMonth = ukDateOf(this.now()).slice(0, 7)
    const counted = rows.filter((row) => {
      const month = row.type === 'mediation-case' ? row.referredMonth : row.month
      return MonthSchema.safeParse(month).success && month <= thisMonth
    })
    leftOut += rows.length - counted.length
    // Ordered by their random identifiers: nothing of the order the laptop made its records in.
    return ok({ rows: counted.sort((a, b) => (a.rowId < b.rowId ? -1 : 1)), leftOut })
  }

  /**
   * The outcomes file for the service lead: this laptop's rows, with a random identifier for the export
   * and the laptop's own random identifier (made at its first export) and export number.
   */
  async exportFile(): Promise<Result<ExportedDocument>> {
    const identity = this.session.identity()
    if (!identity.ok) return identity
    const here = await this.rowsHere()
    if (!here.ok) return here
    const before = identity.value.get().outcomesSource
    const source = { sourceId: before?.sourceId ?? randomUUID(), exports: (before?.exports ?? 0) + 1 }
    const saved = await identity.value.update({ outcomesSource: source })
    if (!saved.ok) return saved
    const month = ukDateOf(this.now()).slice(0, 7)
    const file: OutcomesFile = {
      format: 'convene-outcomes',
      version: 1,
      exportId: randomUUID(),
      sourceId: source.sourceId,
      exportNumber: source.exports,
      month,
      rows: [...here.value.rows],
    }
    return ok(
      toDocument(
        `Convene outcomes ${month} (export ${source.exports}).convene-outcomes.json`,
        JSON.stringify(file),
      ),
    )
  }

  /** The rows as CSV for the steering group's own analysis (this laptop's, or those imported). */
  async csv(source: OutcomesSource): Promise<Result<ExportedDocument>> {
    const rows =
      source === 'here'
        ? await this.rowsHere().then((here) => (here.ok ? ok(here.value.rows) : here))
        : await this.importedRows()
    if (!rows.ok) return rows
    const month = ukDateOf(this.now()).slice(0, 7)
    return ok(toDocument(`Convene outcomes ${month}.csv`, outcomesCsv(rows.value)))
  }

  /** Imports an outcomes file's text; the same file again adds nothing, a laptop's newer one replaces. */
  async importFile(text: string): Promise<Result<ImportReport>> {
    const outcomes = this.session.outcomes()
    if (!outcomes.ok) return outcomes
    const refused = this.refusedUnlessServiceLead()
    if (refused) return refused
    const file = readOutcomesFile(text)
    if (!file.ok) return file
    const at = this.now().toISOString()
    return outcomes.value.change((kept) => {
      const imported = importOutcomes(kept, file.value, at)
      return imported.ok ? ok({ kept: imported.value.kept, value: imported.value.report }) : imported
    })
  }

  /** Takes an imported file out again (one imported by mistake, or standing in the way of a newer). */
  async removeFile(exportId: string): Promise<Result<ImportReport>> {
    const outcomes = this.session.outcomes()
    if (!outcomes.ok) return outcomes
    const refused = this.refusedUnlessServiceLead()
    if (refused) return refused
    return outcomes.value.change((kept) => {
      const removed = removeImport(kept, exportId)
      return removed.ok ? ok({ kept: removed.value.kept, value: removed.value.report }) : removed
    })
  }

  /** Only a service lead's laptop keeps other laptops' outcomes. */
  private refusedUnlessServiceLead(): Failure | null {
    const identity = this.session.identity()
    if (!identity.ok) return identity
    return identity.value.get().role === 'service-lead'
      ? null
      : fail(
          'forbidden',
          'Only a service lead’s laptop imports outcomes files. To use this one for that, choose A service lead under Who uses this laptop in Settings, Handovers.',
        )
  }

  /** The rows imported, and the files they came from (newest first). */
  async imported(): Promise<Result<ImportedOutcomesView>> {
    const outcomes = this.session.outcomes()
    if (!outcomes.ok) return outcomes
    const kept = await outcomes.value.get()
    if (!kept.ok) return kept
    return ok({
      rows: keptRows(kept.value),
      files: kept.value.imports
        .map((each) => ({
          exportId: each.exportId,
          month: each.month,
          exportNumber: each.exportNumber,
          rows: each.rows.length,
          importedAt: each.importedAt,
        }))
        .sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1)),
    })
  }

  private async importedRows(): Promise<Result<ReadonlyArray<OutcomeRow>>> {
    const view = await this.imported()
    return view.ok ? ok(view.value.rows) : view
  }
}

/** Every meeting on this laptop that can be read, and how many cannot. */
async function readableMeetings(
  store: MeetingStore,
): Promise<{ readonly meetings: ReadonlyArray<Meeting>; readonly unreadable: number }> {
  const meetings: Meeting[] = []
  let unreadable = 0
  for (const entry of store.list()) {
    const loaded = entry.readable ? await store.get(entry.id) : null
    if (loaded?.ok) meetings.push(loaded.value.meeting)
    else unreadable += 1
  }
  return { meetings, unreadable }
}
