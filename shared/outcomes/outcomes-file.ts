import { z } from 'zod'
import { formatBritishDate, latestTodayAt, ukDateOf } from '../dates/british-date.ts'
import { InstantSchema } from '../model/primitives.ts'
import { fail, ok, type Result } from '../util/result.ts'
import { MonthSchema, OutcomeRowSchema, type OutcomeRow } from './outcome-rows.ts'

/** The most rows one file holds: a busy service's cases and conferences over many years. */
export const mostOutcomeRows = 50_000

/** The most rows a service lead's Convene keeps, across every file: a county's work over a decade. */
export const mostKeptRows = 250_000

/** The most files kept (one per laptop, each laptop's newest). */
export const mostKeptFiles = 2_000

/**
 * An outcomes file, as a chair's or mediator's Convene writes it for the service lead: the rows, and three
 * identifiers that name nothing kept on the laptop. `exportId` is random for each export (a file imported
 * twice is counted once); `sourceId` is random, made once for the laptop, so that a newer export from it
 * replaces the one before rather than counting its cases again; `exportNumber` says which is newer.
 */
export const OutcomesFileSchema = z.strictObject({
  format: z.literal('convene-outcomes'),
  version: z.literal(1),
  exportId: z.uuid(),
  sourceId: z.uuid(),
  exportNumber: z.int().min(1).max(1_000_000),
  /** The month it was made: no finer. */
  month: MonthSchema,
  rows: z.array(OutcomeRowSchema).max(mostOutcomeRows),
})
/** An outcomes file. */
export type OutcomesFile = z.infer<typeof OutcomesFileSchema>

/** One file the service lead imported, and when. */
export const ImportedOutcomesSchema = OutcomesFileSchema.extend({ importedAt: InstantSchema })
/** One file imported. */
export type ImportedOutcomes = z.infer<typeof ImportedOutcomesSchema>

/** What a service lead's Convene keeps: the files imported, the newest from each laptop only. */
export const KeptOutcomesSchema = z.object({ imports: z.array(ImportedOutcomesSchema).max(mostKeptFiles) })
/** The files kept. */
export type KeptOutcomes = z.infer<typeof KeptOutcomesSchema>

/** What an import did, in plain words, and how many rows it added. */
export type ImportReport = {
  readonly said: string
  readonly added: number
  readonly replaced: number
  readonly imports: number
  readonly rows: number
}

const rowsWord = (count: number) => (count === 1 ? '1 case or conference' : `${count} cases and conferences`)

/** How many rows the files hold together. */
const rowsIn = (imports: ReadonlyArray<ImportedOutcomes>): number =>
  imports.reduce((sum, each) => sum + each.rows.length, 0)

/** What a change to the kept files did, with the files and rows kept after it. */
function reportOf(
  said: string,
  imports: ReadonlyArray<ImportedOutcomes>,
  added: number,
  replaced: number,
): ImportReport {
  return {
    said,
    added,
    replaced,
    imports: imports.length,
    rows: rowsIn(imports),
  }
}

/** Reads an outcomes file's text, or says in plain words why it is not one. */
export function readOutcomesFile(text: string): Result<OutcomesFile> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail(
      'invalid-argument',
      'This is not an outcomes file: it could not be read. Ask for it to be exported again.',
    )
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'convene-outcomes')
    return fail(
      'invalid-argument',
      'This is not an outcomes file. Choose the file Convene saved from Outcomes → Export for the service lead.',
    )
  if ((raw as { version?: unknown }).version !== 1)
    return fail(
      'invalid-argument',
      'This outcomes file was made by a newer Convene. Update Convene on this laptop, then import it.',
    )
  const parsed = OutcomesFileSchema.safeParse(raw)
  if (!parsed.success)
    return fail(
      'invalid-argument',
      'This outcomes file is damaged or holds something an outcomes file may not (a name, a note, a full date), so nothing was imported. Ask for it to be exported again.',
    )
  const monthOf = (row: OutcomeRow) => (row.type === 'mediation-case' ? row.referredMonth : row.month)
  if (parsed.data.rows.some((row) => monthOf(row) > parsed.data.month))
    return fail(
      'invalid-argument',
      'This outcomes file is damaged: it counts something after the month it was made. Nothing was imported.',
    )
  const ids = new Set(parsed.data.rows.map((row) => row.rowId))
  if (ids.size !== parsed.data.rows.length)
    return fail(
      'invalid-argument',
      'This outcomes file is damaged: a row appears twice. Nothing was imported.',
    )
  return ok(parsed.data)
}

/**
 * The kept files with one more: the same file again changes nothing; a newer file from the same laptop
 * replaces its earlier one (its cases are counted once, as they now stand); an older one is refused.
 */
export function importOutcomes(
  kept: KeptOutcomes,
  file: OutcomesFile,
  at: string,
): Result<{ readonly kept: KeptOutcomes; readonly report: ImportReport }> {
  if (file.month > latestTodayAt(at).slice(0, 7))
    return fail(
      'invalid-argument',
      'This outcomes file says it was made in a month still to come, so it was not imported. Check the clock of the laptop that made it, and export it again.',
    )
  const same = kept.imports.find((each) => each.exportId === file.exportId)
  if (same)
    return ok({
      kept,
      report: reportOf(
        `This file was imported before, on ${formatBritishDate(ukDateOf(new Date(same.importedAt)))}: nothing was added, and nothing is counted twice.`,
        kept.imports,
        0,
        0,
      ),
    })
  const earlier = kept.imports.find((each) => each.sourceId === file.sourceId)
  if (earlier && earlier.exportNumber > file.exportNumber)
    return fail(
      'invalid-argument',
      'A newer outcomes file from the same laptop is already imported, so this older one was not: its cases are already counted as they now stand.',
    )
  const imports = [...kept.imports.filter((each) => each !== earlier), { ...file, importedAt: at }]
  const rows = rowsIn(imports)
  if (imports.length > mostKeptFiles || rows > mostKeptRows)
    return fail(
      'invalid-argument',
      `This file was not imported: with it, this laptop would hold more than Convene keeps (${mostKeptFiles.toLocaleString('en-GB')} files, ${mostKeptRows.toLocaleString('en-GB')} cases and conferences). Nothing was changed.`,
    )
  const said = earlier
    ? `Imported ${rowsWord(file.rows.length)}, replacing the earlier file from the same laptop (${rowsWord(earlier.rows.length)}), so nothing is counted twice.`
    : `Imported ${rowsWord(file.rows.length)}.`
  return ok({
    kept: { imports },
    report: reportOf(said, imports, file.rows.length, earlier?.rows.length ?? 0),
  })
}

/** An outcomes file imported, as the service lead's list shows it. */
export type ImportedFileSummary = {
  readonly exportId: string
  readonly month: string
  readonly exportNumber: number
  readonly rows: number
  readonly importedAt: string
}

/** The imported rows and the files they came from. */
export type ImportedOutcomesView = {
  readonly rows: ReadonlyArray<OutcomeRow>
  readonly files: ReadonlyArray<ImportedFileSummary>
}

/** The kept files without one (a file imported by mistake, or one that stands in the way of a newer). */
export function removeImport(
  kept: KeptOutcomes,
  exportId: string,
): Result<{ readonly kept: KeptOutcomes; readonly report: ImportReport }> {
  const gone = kept.imports.find((each) => each.exportId === exportId)
  if (!gone) return fail('not-found', 'That file is not among those imported here.')
  const imports = kept.imports.filter((each) => each !== gone)
  return ok({
    kept: { imports },
    report: reportOf(
      `Took out the file of ${rowsWord(gone.rows.length)}. Import it, or a newer file from the same laptop, again when you need it.`,
      imports,
      0,
      gone.rows.length,
    ),
  })
}

/** A laptop's own rows, and how many cases were left out because their record could not be read. */
export type OutcomesHere = { readonly rows: ReadonlyArray<OutcomeRow>; readonly leftOut: number }

/** Every row of the kept files. */
export const keptRows = (kept: KeptOutcomes): ReadonlyArray<OutcomeRow> =>
  kept.imports.flatMap((each) => each.rows)
