import { z } from 'zod'
import { AgendaSchema } from '../../model/agenda.ts'
import type { KindInfo } from '../kind-module.ts'
import templates from '../../../resources/agenda-templates.json' with { type: 'json' }
import { initialOutcomes, reviewOutcomes, type Outcome } from './decision.ts'

/** The kinds of meeting a conference family holds. */
export const conferenceKinds = ['icpc', 'rcpc', 'core-group'] as const
/** A kind of conference meeting. */
export type ConferenceKind = (typeof conferenceKinds)[number]

/**
 * How each kind of conference meeting differs, as data: what may be decided there (nothing at a core
 * group), and which statutory dates it sets. The conference module's rules read this rather than asking
 * which kind a meeting is.
 */
export type ConferenceKindRules = {
  /** The outcomes open when deciding, or null where nothing is decided. */
  readonly outcomes: ReadonlyArray<Outcome> | null
  /** An initial conference is due within working days of the strategy discussion. */
  readonly dueFromStrategyDiscussion: boolean
  /** With a plan: the first core group and first review (initial), or the next review (review). */
  readonly afterPlan: 'first-core-group-and-review' | 'next-review' | null
  /** The kind it may be followed by ('Start the review'), if any. */
  readonly reviewedBy: ConferenceKind | null
}

/** The rules of each kind of conference meeting. */
export const conferenceKindRules: Readonly<Record<ConferenceKind, ConferenceKindRules>> = {
  icpc: {
    outcomes: initialOutcomes,
    dueFromStrategyDiscussion: true,
    afterPlan: 'first-core-group-and-review',
    reviewedBy: 'rcpc',
  },
  rcpc: {
    outcomes: reviewOutcomes,
    dueFromStrategyDiscussion: false,
    afterPlan: 'next-review',
    reviewedBy: 'rcpc',
  },
  'core-group': { outcomes: null, dueFromStrategyDiscussion: false, afterPlan: null, reviewedBy: null },
}

/** The rules for a kind of conference meeting (a kind not of this family has none). */
export function rulesFor(kind: string): ConferenceKindRules {
  return (
    (conferenceKindRules as Readonly<Record<string, ConferenceKindRules>>)[kind] ??
    conferenceKindRules['core-group']
  )
}

const agenda = (kind: ConferenceKind) => AgendaSchema.parse((templates as Record<string, unknown>)[kind])

/** How each kind reads and starts. */
export const conferenceKindInfo: Readonly<Record<ConferenceKind, KindInfo>> = {
  icpc: {
    label: 'Initial child protection conference',
    article: 'an',
    defaultAgenda: agenda('icpc'),
    reportDeadlineWorkingDays: 2,
    tabs: ['setup', 'live', 'decision', 'language'],
  },
  rcpc: {
    label: 'Review child protection conference',
    article: 'a',
    defaultAgenda: agenda('rcpc'),
    reportDeadlineWorkingDays: 2,
    tabs: ['setup', 'live', 'decision', 'language'],
  },
  'core-group': {
    label: 'Core group meeting',
    article: 'a',
    defaultAgenda: agenda('core-group'),
    reportDeadlineWorkingDays: 2,
    tabs: ['setup', 'live', 'decision', 'language'],
  },
}

/** A checked conference kind, for zod. */
export const ConferenceKindSchema = z.enum(conferenceKinds)
