import { z } from 'zod'
import { defaultSafeguardingContacts, SafeguardingContactsSchema } from './safeguarding-contacts.ts'
import { defaultLetterSettings, LetterSettingsSchema } from './letter-settings.ts'
import { BankHolidayRegionSchema } from '../calendar/bank-holidays.ts'
import { ImportedBankHolidaysSchema } from '../calendar/council-calendar.ts'
import { kindInfo, meetingKinds, MeetingKindSchema } from '../kinds/registry.ts'
import { AgendaSchema } from '../model/agenda.ts'
import { bundledTemplates } from './default-agenda.ts'
import { defaultLanguageSettings, LanguageSettingsSchema } from '../language/language-settings.ts'
import { defaultTimescales, TimescaleSettingsSchema } from '../kinds/conference/timescale-settings.ts'
import { QuestionSetSchema } from '../kinds/mediation/screening.ts'
import { TrustedCertificatesSchema } from './trusted-certificates.ts'

/** How the council's safety scale reads: the words at each end, and which end is safer. */
export const ScalingSettingsSchema = z.object({
  zeroMeans: z.string().trim().min(1, { error: 'Say what 0 means' }).max(200),
  tenMeans: z.string().trim().min(1, { error: 'Say what 10 means' }).max(200),
  higherIsSafer: z.boolean(),
})
/** The council's safety scale. */
export type ScalingSettings = z.infer<typeof ScalingSettingsSchema>

/** The version of the settings this build writes. */
export const currentSettingsVersion = 1

/** The council's settings: what differs between councils, changed without code. */
export const CouncilSettingsSchema = z.object({
  version: z.literal(currentSettingsVersion),
  bankHolidayRegion: BankHolidayRegionSchema,
  reportDeadlineWorkingDays: z.record(MeetingKindSchema, z.int().min(0).max(20)),
  scaling: ScalingSettingsSchema,
  agendaTemplates: z.record(MeetingKindSchema, AgendaSchema),
  /** Added after version 1 was written: settings saved before it get the defaults. */
  language: LanguageSettingsSchema.default(defaultLanguageSettings),
  timescales: TimescaleSettingsSchema.default(defaultTimescales),
  /** Certificates trusted when verifying documents (issue 11); settings saved before it have none. */
  trustedCertificates: TrustedCertificatesSchema.default([]),
  /**
   * A newer published bank-holiday list imported in Settings; absent (settings saved before it) or null
   * means none was imported, and the bundled list and the rules are used.
   */
  importedBankHolidays: ImportedBankHolidaysSchema.nullable().optional(),
  /**
   * A service's own screening questions for MIAMs, loaded as a whole in Settings (a licensed instrument may
   * not be altered, so Convene never edits one); absent or null: Convene's own. A MIAM keeps the set it was
   * started with.
   */
  screeningQuestions: QuestionSetSchema.nullable().optional(),
  /** The safeguarding contacts the concern flow shows (added later: older settings get the national ones). */
  safeguardingContacts: SafeguardingContactsSchema.default(defaultSafeguardingContacts),
  /** The letterhead and covering message of the administrator's pack (added later: older settings get these). */
  letters: LetterSettingsSchema.default(defaultLetterSettings),
})
/** The council's settings. */
export type CouncilSettings = z.infer<typeof CouncilSettingsSchema>

/** A change to some settings. */
export const CouncilSettingsPatchSchema = CouncilSettingsSchema.omit({ version: true }).partial().strict()
/** A change to some settings. */
export type CouncilSettingsPatch = z.infer<typeof CouncilSettingsPatchSchema>

/** The settings a new installation starts with (DOMAIN.md's defaults). */
export function defaultSettings(): CouncilSettings {
  return {
    version: currentSettingsVersion,
    bankHolidayRegion: 'england-and-wales',
    reportDeadlineWorkingDays: Object.fromEntries(
      meetingKinds.map((kind) => [kind, kindInfo(kind).reportDeadlineWorkingDays]),
    ) as Record<(typeof meetingKinds)[number], number>,
    scaling: {
      zeroMeans: 'The worries are so serious that the child is not safe at home',
      tenMeans: 'Everyone is confident the child is safe enough for the plan to end',
      higherIsSafer: true,
    },
    agendaTemplates: bundledTemplates as CouncilSettings['agendaTemplates'],
    language: defaultLanguageSettings(),
    timescales: defaultTimescales(),
    trustedCertificates: [],
    importedBankHolidays: null,
    screeningQuestions: null,
    safeguardingContacts: defaultSafeguardingContacts(),
    letters: defaultLetterSettings(),
  }
}
