import { z } from 'zod'
import type { AnyKindModule, KindInfo } from './kind-module.ts'
import { conferenceModule } from './conference/module.ts'
import { mediationModule } from './mediation/module.ts'

/**
 * Every kind of meeting Convene runs, each with its family's module. Adding a kind is a module in a folder
 * of its own and a line here (docs/adding-a-kind.md); the compiler then refuses any place that does not
 * handle it, and nothing else in the code asks which kind a meeting is.
 */
export const kindModules = {
  icpc: conferenceModule,
  rcpc: conferenceModule,
  'core-group': conferenceModule,
  miam: mediationModule,
  'mediation-session': mediationModule,
} as const satisfies Readonly<Record<string, AnyKindModule>>

/** A kind of meeting. */
export type MeetingKind = keyof typeof kindModules

/** The kinds of meeting, in the order the New meeting form offers them. */
export const meetingKinds = Object.keys(kindModules) as ReadonlyArray<MeetingKind>

/** A kind of meeting, checked. */
export const MeetingKindSchema = z.enum(meetingKinds as [MeetingKind, ...MeetingKind[]], {
  error: 'Choose a kind of meeting',
})

/** The module of a kind's family. */
export function moduleOf(kind: MeetingKind): AnyKindModule {
  return kindModules[kind]
}

/** How a kind reads and starts. */
export function kindInfo(kind: MeetingKind): KindInfo {
  const info = moduleOf(kind).kinds[kind]
  if (!info) throw new Error(`The ${kind} module does not describe it`)
  return info
}

/** How each kind reads, in the words chairs and mediators use. */
export const meetingKindLabels = Object.fromEntries(
  meetingKinds.map((kind) => [kind, kindInfo(kind).label]),
) as Readonly<Record<MeetingKind, string>>

/** The families of meetings, each once. */
export const kindFamilies: ReadonlyArray<AnyKindModule> = [...new Set(Object.values(kindModules))]

/** The kinds of the same family as this one (a conference may become a review; never a MIAM). */
export function kindsLike(kind: MeetingKind): ReadonlyArray<MeetingKind> {
  return meetingKinds.filter((other) => moduleOf(other) === moduleOf(kind))
}
