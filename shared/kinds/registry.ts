import { z } from 'zod'
import type { AnyKindModule, KindInfo } from './kind-module.ts'
import { conferenceModule } from './conference/module.ts'
import { mediationModule } from './mediation/module.ts'

/**
 * Every kind of meeting Convene runs, each with its family's module. Adding a kind is a module in a folder
 * of its own and a line here (docs/adding-a-kind.md); the compiler then refuses any place that does not
 * handle it. Outside the modules, code asks a meeting's module what it offers rather than which kind it is
 * (the few places that still name a family are listed in docs/adding-a-kind.md).
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

/**
 * What the rest of Convene reads from a table of kinds. Built by one function, so that a test can build it
 * over a table with a kind of its own added and see every layer take that kind with no other change.
 */
export function registryOf<K extends string>(modules: Readonly<Record<K, AnyKindModule>>) {
  const kinds = Object.keys(modules) as unknown as ReadonlyArray<K>
  const moduleOf = (kind: K): AnyKindModule => modules[kind]
  const kindInfo = (kind: K): KindInfo => {
    const info = moduleOf(kind).kinds[kind]
    if (!info) throw new Error(`The ${kind} module does not describe it`)
    return info
  }
  return {
    kindModules: modules,
    meetingKinds: kinds,
    MeetingKindSchema: z.enum(kinds as [K, ...K[]], { error: 'Choose a kind of meeting' }),
    moduleOf,
    kindInfo,
    meetingKindLabels: Object.fromEntries(kinds.map((kind) => [kind, kindInfo(kind).label])) as Readonly<
      Record<K, string>
    >,
    kindFamilies: [...new Set(Object.values<AnyKindModule>(modules))] as ReadonlyArray<AnyKindModule>,
    kindsLike: (kind: K): ReadonlyArray<K> => kinds.filter((other) => moduleOf(other) === moduleOf(kind)),
    /** A kind as a sentence starts with it: 'An initial child protection conference', 'A mediation session'. */
    kindWithArticle: (kind: K): string => {
      const info = kindInfo(kind)
      const article = info.article === 'an' ? 'An' : 'A'
      return `${article} ${info.label.charAt(0).toLocaleLowerCase('en-GB')}${info.label.slice(1)}`
    },
  }
}

const registry = registryOf<MeetingKind>(kindModules)

/** The kinds of meeting, in the order the New meeting form offers them. */
export const meetingKinds: ReadonlyArray<MeetingKind> = registry.meetingKinds

/** A kind of meeting, checked. */
export const MeetingKindSchema = registry.MeetingKindSchema

/** The module of a kind's family. */
export const moduleOf: (kind: MeetingKind) => AnyKindModule = registry.moduleOf

/** How a kind reads and starts. */
export const kindInfo: (kind: MeetingKind) => KindInfo = registry.kindInfo

/** How each kind reads, in the words chairs and mediators use. */
export const meetingKindLabels: Readonly<Record<MeetingKind, string>> = registry.meetingKindLabels

/** The families of meetings, each once. */
export const kindFamilies: ReadonlyArray<AnyKindModule> = registry.kindFamilies

/** The kinds of the same family as this one (a conference may become a review; never a MIAM). */
export const kindsLike: (kind: MeetingKind) => ReadonlyArray<MeetingKind> = registry.kindsLike

/** A kind as a sentence starts with it: 'An initial child protection conference', 'A mediation session'. */
export const kindWithArticle: (kind: MeetingKind) => string = registry.kindWithArticle
