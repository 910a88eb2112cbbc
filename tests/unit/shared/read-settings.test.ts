import { defaultLetterSettings } from '../../../shared/settings/letter-settings.ts'
import { readFile } from 'node:fs/promises'
import { defaultSafeguardingContacts } from '../../../shared/settings/safeguarding-contacts.ts'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readLeniently } from '../../../shared/model/read-leniently.ts'
import { describeSettingsPlaces, readSettings } from '../../../shared/settings/settings-migrations.ts'
import { defaultSettings } from '../../../shared/settings/settings.ts'
import { meetingKindLabels } from '../../../shared/kinds/registry.ts'
import { readIdentity } from '../../../shared/model/stored-identity.ts'

describe('readLeniently', () => {
  const Kind = z.enum(['icpc', 'rcpc', 'family-group-conference'])
  const Settings = z.object({
    region: z.enum(['england-and-wales', 'scotland']),
    deadlines: z.record(Kind, z.int().min(0).max(20)),
  })
  const fallback = {
    region: 'england-and-wales' as const,
    deadlines: { icpc: 2, rcpc: 2, 'family-group-conference': 3 },
  }

  it('reads settings written before a kind of meeting was added, giving the new kind its default quietly', () => {
    const today = { region: 'scotland', deadlines: { icpc: 5, rcpc: 4 } }
    expect(readLeniently(Settings, today, fallback)).toEqual({
      value: { region: 'scotland', deadlines: { icpc: 5, rcpc: 4, 'family-group-conference': 3 } },
      replaced: [],
    })
  })

  it('falls back only where it cannot read, and says where', () => {
    const damaged = { region: 'wales', deadlines: { icpc: 5, rcpc: 'four', 'family-group-conference': 1 } }
    expect(readLeniently(Settings, damaged, fallback)).toEqual({
      value: { region: 'england-and-wales', deadlines: { icpc: 5, rcpc: 2, 'family-group-conference': 1 } },
      replaced: ['region', 'deadlines.rcpc'],
    })
  })

  it('drops a kind this build does not know, rather than refusing the rest', () => {
    const fromLater = {
      region: 'scotland',
      deadlines: { icpc: 5, rcpc: 4, 'family-group-conference': 1, fdac: 9 },
    }
    expect(readLeniently(Settings, fromLater, fallback).value.deadlines).toEqual({
      icpc: 5,
      rcpc: 4,
      'family-group-conference': 1,
    })
  })
})

describe('readSettings', () => {
  it('reads settings a council saved before the kinds became modules, every value kept', async () => {
    const saved: unknown = JSON.parse(
      await readFile(new URL('../../fixtures/settings-before-kind-modules.json', import.meta.url), 'utf8'),
    )
    const read = readSettings(saved)
    // Every value kept; what was added since (the safeguarding contacts, the letterhead) from its default.
    expect(read).toEqual({
      settings: {
        ...(saved as object),
        safeguardingContacts: defaultSafeguardingContacts(),
        letters: defaultLetterSettings(),
      },
      replaced: [],
      newerVersion: false,
    })
    expect(read.settings.agendaTemplates.icpc[0]?.heading).toBe('Croeso a chyflwyniadau / Welcome')
    expect(read.settings.timescales.correctionsWorkingDays).toBe(7)
  })

  it('reads settings as version 1 wrote them, unchanged', () => {
    const settings = { ...defaultSettings(), bankHolidayRegion: 'northern-ireland' as const }
    expect(readSettings(settings)).toEqual({ settings, replaced: [], newerVersion: false })
  })

  it('stamps a version on settings that had none, and keeps them', () => {
    const { version: _version, ...unversioned } = {
      ...defaultSettings(),
      bankHolidayRegion: 'scotland' as const,
    }
    expect(readSettings(unversioned).settings.bankHolidayRegion).toBe('scotland')
    expect(readSettings(unversioned).replaced).toEqual([])
  })

  it("names what it could not read in the Settings screen's words", () => {
    expect(
      describeSettingsPlaces(
        ['agendaTemplates.core-group', 'agendaTemplates.core-group.0', 'language'],
        meetingKindLabels,
      ),
    ).toEqual(['agendas (Core group meeting)', 'wording suggestions'])
  })
})

describe('readIdentity', () => {
  const certificate = { certificatePem: 'CERT', privateKeyPem: 'KEY', source: 'self-signed' as const }

  it('reads the identity as it is stored today (no version), whole', () => {
    expect(readIdentity({ signature: { kind: 'typed', text: 'Helen Okafor' }, certificate })).toEqual({
      // Saved before handovers: no key yet, no administrators added.
      identity: {
        signature: { kind: 'typed', text: 'Helen Okafor' },
        certificate,
        handoverKey: null,
        role: 'chair',
        outcomesSource: null,
        deskName: '',
        replyKey: null,
        administrators: [],
      },
      replaced: [],
      newerVersion: false,
    })
  })

  it('keeps the signature of an identity in a newer shape, and says the certificate could not be read', () => {
    const newer = {
      version: 2,
      signature: { kind: 'typed', text: 'Helen Okafor' },
      certificate: { chain: ['CERT', 'CA'], key: { pkcs8: 'KEY' }, source: 'hardware-token' },
    }
    expect(readIdentity(newer)).toEqual({
      identity: {
        signature: { kind: 'typed', text: 'Helen Okafor' },
        certificate: null,
        handoverKey: null,
        role: 'chair',
        outcomesSource: null,
        deskName: '',
        replyKey: null,
        administrators: [],
      },
      replaced: ['certificate'],
      newerVersion: true,
    })
  })
})
