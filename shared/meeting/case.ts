import { z } from 'zod'
import { IdSchema, InstantSchema, NameSchema } from '../model/primitives.ts'
import { kindFamilies } from '../kinds/registry.ts'
import { CaseEntrySchema, mostCaseEntries } from '../case/case-journal.ts'

/** The version of the case schema this build writes. */
export const currentCaseSchemaVersion = 1

/**
 * A case: a family's story over time, held by one chair or mediator. A child protection case holds the
 * initial conference, the core groups and the reviews; a mediation case its MIAMs and sessions. Its
 * meetings name it (`caseId`); the case itself holds what belongs to the case rather than to one meeting.
 */
export const CaseSchema = z.object({
  schemaVersion: z.literal(currentCaseSchemaVersion),
  id: IdSchema,
  /** The family of meetings it holds ('conference', 'mediation'). */
  family: z.enum(kindFamilies.map((module) => module.family) as [string, ...string[]]),
  familyName: NameSchema,
  /** Set when the chair or mediator closes the case. */
  closedAt: InstantSchema.nullable(),
  /**
   * Everything done to the case itself (consent, withdrawal, each party's details), oldest first; the
   * case's record is rebuilt from it (`replayCase`). Absent from cases saved before it was kept.
   */
  journal: z.array(CaseEntrySchema).max(mostCaseEntries).default([]),
  revision: z.int().nonnegative(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
})
/** A case. */
export type Case = z.infer<typeof CaseSchema>

/** What the list of cases keeps of each (the case itself, for now: it is small). */
export type CaseSummary = Pick<Case, 'id' | 'family' | 'familyName' | 'closedAt' | 'createdAt'>

/** The summary the index keeps for a case. */
export function summariseCase(value: Case): CaseSummary {
  const { id, family, familyName, closedAt, createdAt } = value
  return { id, family, familyName, closedAt, createdAt }
}

/** A new case for a family. */
export function newCase(input: {
  readonly id: string
  readonly family: string
  readonly familyName: string
  readonly at: string
}): Case {
  return {
    schemaVersion: currentCaseSchemaVersion,
    id: input.id,
    family: input.family,
    familyName: input.familyName,
    closedAt: null,
    journal: [],
    revision: 0,
    createdAt: input.at,
    updatedAt: input.at,
  }
}

/** Reads a stored case, or says it cannot. */
export function readCase(raw: unknown): Case | null {
  const parsed = CaseSchema.safeParse(raw)
  return parsed.success ? parsed.data : null
}
