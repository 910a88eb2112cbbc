import type { z } from 'zod'
import type { WorkingDayCalendar } from '../calendar/bank-holidays.ts'
import type { CommandEntry, TypedCommand } from '../commands/command-table.ts'
import type { LanguageSettings } from '../language/language-settings.ts'
import type { AgendaSection, SectionKind } from '../model/agenda.ts'
import type { KindMeeting, MeetingCore } from '../model/meeting-core.ts'
import type { Problem } from '../model/problems.ts'
import type { Audience } from '../model/visibility.ts'
import type { Result } from '../util/result.ts'
import type { QuestionSet } from './mediation/screening.ts'
import type { CaseRecord } from '../case/case-record.ts'
import type { CaseParty } from '../case/case-parties.ts'
import type { TimescaleSettings } from './conference/timescale-settings.ts'

/**
 * What one family of meetings (conferences; mediation) is, as one typed value: its record, its commands,
 * what it checks before sign-off, the dates it sets, its agendas, the section kinds and workspace tabs it
 * uses, and the documents it produces. The registry (registry.ts) maps every kind of meeting to its
 * family's module, and nothing else in the code asks which kind a meeting is. docs/adding-a-kind.md says
 * how to add one.
 */

/** What the council's settings and the laptop give a kind's rules. Passed in, so the rules stay pure. */
export type KindEnvironment = {
  readonly calendar: WorkingDayCalendar
  readonly language: LanguageSettings
  readonly timescales: TimescaleSettings
  /** The service's own MIAM screening questions, where it loaded a set; else Convene's own. */
  readonly screeningQuestions?: QuestionSet
}

/** The workspace's tabs; each kind lists the ones it shows, in order. */
export const workspaceTabs = ['setup', 'screening', 'live', 'decision', 'agreement', 'language'] as const
/** A tab of the meeting's workspace. */
export type WorkspaceTab = (typeof workspaceTabs)[number]

/** Where in the workspace an item is fixed: a tab, and the element to bring into view there. */
export type FixAt = {
  readonly tab: WorkspaceTab
  readonly anchor: string
  /** In the meeting, the agenda section to go to first (the child's voice is shown in its own section). */
  readonly section?: string
}

/** What a caller may already know when it asks what is missing. */
export type ReadinessOptions = {
  /**
   * The open wording suggestions, where the caller has the language check already (the renderer checks a
   * long meeting in slices), or 'checking' while it runs; left out, the meeting is checked at once.
   */
  readonly openLanguageFindings?: number | 'checking'
}

/** One thing missing before the record is signed, with where it is fixed. */
export type ReadinessItem = { readonly id: string; readonly label: string; readonly fix: FixAt }

/** One date a meeting's timescales set. */
export type KeyDate = {
  readonly key: string
  readonly label: string
  /** The date it is due by. */
  readonly due: string
  /** How the date is worked out, in plain words. */
  readonly basis: string
  /** True when it was counted over calculated bank holidays (beyond the published list). */
  readonly calculated?: boolean
  /** The date the chair set for it, where it is a meeting to arrange. */
  readonly set: string | null
  /** True when what the date asks for has been done (or arranged). */
  readonly done: boolean
  /** True for a date that can fall due before the meeting is held (its own deadline). */
  readonly beforeMeeting: boolean
}

/** The documents Convene produces, by what they are. Each is built from one audience's projection. */
export const documentKinds = [
  'minutes-full',
  'minutes-family',
  'decision-letter',
  'outline-plan',
  'miam-outcome',
  'parenting-plan',
  'agreement-to-mediate',
] as const
/** A kind of document. */
export type DocumentKind = (typeof documentKinds)[number]

/** One document a meeting produces: what it is, for whom, and how it is named. */
export type DocumentSpec = {
  readonly kind: DocumentKind
  /** Whose projection it is built from: nothing anyone else may see is ever in it. */
  readonly audience: Audience
  /** Its title, in the document and its properties: the kind of meeting and its date, never a name. */
  readonly title: string
  /** The file name's stem, before the meeting's date and id. */
  readonly fileStem: string
}

/** How a kind of meeting reads and starts. */
export type KindInfo = {
  /** 'Initial child protection conference'. */
  readonly label: string
  /** The article before the label in a sentence: 'an initial…', 'a review…'. */
  readonly article: 'a' | 'an'
  /** The agenda a council starts with. */
  readonly defaultAgenda: ReadonlyArray<AgendaSection>
  /** Reports are due this many working days before the meeting, unless the council says otherwise. */
  readonly reportDeadlineWorkingDays: number
  /** The workspace's tabs, in order. */
  readonly tabs: ReadonlyArray<WorkspaceTab>
}

/** A meeting's facts that the meetings list keeps, so the list can show what falls due without opening it. */
export type SummaryFacts = Readonly<Record<string, unknown>>

/** A meeting that may follow one in its case: 'Start the review', 'Next core group'. */
export type FollowOn = {
  readonly kind: string
  /** The button's words. */
  readonly label: string
  /** The date it starts with: the one arranged, or the one it is due by. */
  readonly suggestedDate: string
  /** What it takes from this meeting, for the confirmation: 'the same people invited, and…'. */
  readonly carried: string
}

/** A kind's part of a meeting shown to an audience: its record as they may see it, and how much was left out. */
export type ProjectedRecord<R> = { readonly record: R; readonly withheld: number }

/** The module of a family of meetings whose record is R. */
export type KindModule<R, C extends TypedCommand = TypedCommand> = {
  /** The family's name: 'conference', 'mediation'. */
  readonly family: string
  /** What a case of this family is called on screen: 'Child protection', 'Mediation'. */
  readonly caseLabel: string
  /** Who runs its meetings, as the screens name them: 'Chair', 'Mediator'. */
  readonly chairTitle: string
  /**
   * Set while the family is a preview (set up and minuted here, not yet shown or sent to anyone): what the
   * New meeting form and the workspace say about it.
   */
  readonly preview: string | null
  readonly kinds: Readonly<Record<string, KindInfo>>
  readonly recordSchema: z.ZodType<R>
  readonly blankRecord: () => R
  /** The commands only this family has, keyed by type. */
  readonly commands: {
    readonly [T in C['type']]: CommandEntry<KindMeeting<R>, Extract<C, { readonly type: T }>>
  }
  /**
   * A command as the main process applies it: anything the command must not take on trust from the window
   * (the checklist's open items at sign-off) worked out here from the meeting and the settings.
   */
  readonly prepare: (meeting: KindMeeting<R>, command: C, environment: KindEnvironment) => C
  /** What the record refers to that is not there (a score by someone no longer listed). */
  readonly referenceProblems: (meeting: KindMeeting<R>) => Problem[]
  /** Where a person is named in the record ('plan'), so they are not removed from under it. */
  readonly whereNamed: (meeting: KindMeeting<R>, personId: string) => string | null
  /** The record with a person (named nowhere that matters) taken out of it. */
  readonly withoutPerson: (record: R, personId: string) => R
  /** What a change refused because the record is signed is told: how, if at all, it can be changed. */
  readonly signedMessage: string
  /** True while the record is signed: only changes that are 'allowed' when signed may be made. */
  readonly isSigned: (meeting: KindMeeting<R>) => boolean
  /**
   * The signed versions of the record, oldest first: each with the hash of the meeting as signed (rebuilt
   * from the journal), and, for a version signed before versions lived in the journal, its JSON.
   */
  readonly signedVersions: (meeting: KindMeeting<R>) => ReadonlyArray<{
    readonly number: number
    readonly signedAt: string
    readonly hash: string
    readonly snapshot?: string | undefined
    /** True for a version signed on another laptop (the meeting was read from a file). */
    readonly signedElsewhere?: boolean
    /** What was corrected since the version before, and who asked (a corrected version only). */
    readonly corrections?: ReadonlyArray<{ readonly what: string; readonly askedBy: string }>
  }>
  /**
   * A meeting read from a file, with what only the laptop it came from can vouch for (its signed
   * versions) marked as made elsewhere.
   */
  readonly fromElsewhere: (meeting: KindMeeting<R>) => KindMeeting<R>
  /** The meeting as a version of it is hashed and published: its signed versions and any correction out. */
  readonly withoutVersions: (meeting: KindMeeting<R>) => KindMeeting<R>
  /** The meeting with the JSON copies older versions carried taken out (the journal keeps them). */
  readonly versionsKeptOut: (meeting: KindMeeting<R>) => KindMeeting<R>
  /** A version's snapshot made whole again (what it leaves out, the other versions, put back empty). */
  readonly restoreSnapshot: (snapshot: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>
  /** What is missing before the record is signed. */
  readonly readiness: (
    meeting: KindMeeting<R>,
    environment: KindEnvironment,
    options?: ReadinessOptions,
  ) => ReadonlyArray<ReadinessItem>
  /** What the meetings list keeps about a meeting of this family. */
  readonly summaryFacts: (meeting: KindMeeting<R>) => SummaryFacts
  /** The dates a meeting sets, from what the list keeps (facts may be missing from an older list). */
  readonly keyDates: (
    meeting: { readonly kind: string; readonly date: string; readonly status: MeetingCore['status'] },
    facts: SummaryFacts | undefined,
    environment: Omit<KindEnvironment, 'language'>,
  ) => ReadonlyArray<KeyDate>
  /** The record as an audience may see it. */
  readonly projectRecord: (
    record: R,
    audience: Audience,
    meeting: Pick<MeetingCore, 'participants'>,
  ) => ProjectedRecord<R>
  /** The documents a meeting of this family produces; none where it has none yet. */
  readonly documents: (meeting: KindMeeting<R>) => ReadonlyArray<DocumentSpec>
  /** True where the room may be shown the meeting on a screen of its own. */
  readonly hasRoomView: boolean
  /** The section kinds its agendas may use. */
  readonly sectionKinds: ReadonlyArray<SectionKind>
  /** The meetings that may follow one of this family in its case ('Start the review'). */
  readonly followOns: (
    meeting: KindMeeting<R>,
    environment: Omit<KindEnvironment, 'language'>,
  ) => ReadonlyArray<FollowOn>
  /** The earlier meeting this one follows (a review's conference), so they share a case. */
  readonly previousMeetingId: (meeting: KindMeeting<R>) => string | null
  /** A following meeting (already of its kind, blank) filled from the one it follows. */
  readonly carryOver: (previous: KindMeeting<R>, next: KindMeeting<R>) => KindMeeting<R>
  /**
   * What a case of this family says of itself: where it stands in words (null where its newest meeting
   * says enough), and why a kind of meeting may not start in it yet (null when it may). Given the case's
   * record and every meeting in it.
   */
  readonly caseRules: {
    readonly parties: (meetings: ReadonlyArray<KindMeeting<R>>) => ReadonlyArray<CaseParty>
    readonly stage: (record: CaseRecord, meetings: ReadonlyArray<KindMeeting<R>>) => string | null
    readonly startProblem: (
      kind: string,
      record: CaseRecord,
      meetings: ReadonlyArray<KindMeeting<R>>,
    ) => string | null
    /** What a new meeting of the case must keep in mind, in plain words ('Anna is not to be in the same room'). */
    readonly cautions: (record: CaseRecord, meetings: ReadonlyArray<KindMeeting<R>>) => ReadonlyArray<string>
    /** The commands whose case must be asked first (reading the case for every note would cost too much). */
    readonly watches: ReadonlySet<string>
    /** Why the case no longer allows a change to one of its meetings (a session after a withdrawal), or null. */
    readonly commandProblem: (
      meeting: KindMeeting<R>,
      command: { readonly type: string; readonly outcome?: unknown },
      record: CaseRecord,
    ) => string | null
    /** A new meeting of the case with what the case already settled (an agreement signed at an earlier session). */
    readonly settle: (meeting: KindMeeting<R>, meetings: ReadonlyArray<KindMeeting<R>>) => KindMeeting<R>
  }
}

/** Any family's module, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module is typed by its own record
export type AnyKindModule = KindModule<any, any>

/** A meeting of a kind whose record the caller does not need to know. */
export type SomeKindMeeting = KindMeeting<unknown>

/** The outcome of a kind's command. */
export type KindResult<R> = Result<KindMeeting<R>>
