import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { PlatformControls } from '../../../../electron/ipc/handlers.ts'
import { pageFiles } from '../../../../electron/host/page-files.ts'
import type { EventName } from '../../../../shared/contract/events.ts'
import type { MeetingKind } from '../../../../shared/kinds/registry.ts'
import { aSession as aSessionCall } from '../../../helpers/session.ts'
import { aMediationMeeting } from '../../../helpers/builders.ts'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'

const privateWords = 'In private time Sam said the other parent frightens them at handovers.'

/** A session with a keychain, the events it pushes, and the presenter windows it was asked to open. */
async function aSession() {
  const events: EventName[] = []
  const opened: string[] = []
  const presenter: PlatformControls = {
    presenter: {
      open: async (meetingId) => {
        opened.push(meetingId)
        return { mode: 'page', path: `#/presenter/${meetingId}` }
      },
      close: async () => undefined,
    },
    files: pageFiles,
  }
  const { call } = await aSessionCall({ presenter, emit: (event) => void events.push(event) })
  /** A meeting of this kind, with a note in its first section. */
  const meetingOf = async (kind: MeetingKind): Promise<string> => {
    // A session follows the MIAMs and consent in its case: here it is one held elsewhere, brought in.
    const created =
      kind === 'mediation-session'
        ? await call(
            'meetings.importInterchange',
            writeInterchange(
              aMediationMeeting({ kind, familyName: 'Byrne', date: '2026-12-02' }),
              new Date(),
            ),
          )
        : await call('meetings.create', {
            kind,
            familyName: 'Byrne',
            date: '2026-12-02',
            children: [{ name: 'Sam Byrne', dateOfBirth: '2017-05-01' }],
          })
    if (!created.ok) throw new Error(created.error.message)
    const value = created.value as { meeting?: unknown }
    const meeting = (kind === 'mediation-session' ? value.meeting : value) as {
      id: string
      agenda: Array<{ key: string }>
    }
    const sectionKey =
      meeting.agenda.find((section) => section.key === 'safety')?.key ?? meeting.agenda[0]!.key
    const added = await call('meetings.apply', meeting.id, {
      type: 'add-note',
      noteId: randomUUID(),
      sectionKey,
      speakerId: null,
      text: privateWords,
      visibility: { to: 'everyone' as const },
      verbatim: false,
    })
    if (!added.ok) throw new Error(added.error.message)
    return meeting.id
  }
  return { call, meetingOf, events, opened }
}

describe('the mediation kinds, a preview until mediation has its own audiences', () => {
  for (const kind of ['miam', 'mediation-session'] as const) {
    it(`a ${kind} has no room view: the family view and the presenter are refused`, async () => {
      const { call, meetingOf, opened } = await aSession()
      const id = await meetingOf(kind)
      const view = await call('meetings.roomView', id)
      expect(view).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(JSON.stringify(view)).not.toContain(privateWords)
      expect(!view.ok && view.error.message).toMatch(/cannot be shown to the room yet.*preview/)
      expect(await call('presenter.open', id)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(opened).toEqual([])
    })

    it(`a ${kind}'s saves push nothing towards the room's screen`, async () => {
      const { meetingOf, events } = await aSession()
      await meetingOf(kind)
      expect(events).toContain('meeting-changed')
      expect(events).not.toContain('room-view-changed')
    })

    it(`no documents are made from a ${kind}, drafts or signed`, async () => {
      const { call, meetingOf } = await aSession()
      const id = await meetingOf(kind)
      const draft = await call('meetings.exportDocuments', id, null)
      expect(draft).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(!draft.ok && draft.error.message).toMatch(/Documents cannot be made for a mediation meeting/)
      const signed = await call('meetings.exportDocuments', id, 1)
      expect(signed).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    })
  }

  it('a conference keeps its room view and its documents', async () => {
    const { call, meetingOf, events, opened } = await aSession()
    const id = await meetingOf('icpc')
    const view = await call('meetings.roomView', id)
    expect(view.ok && JSON.stringify(view.value)).toContain(privateWords)
    expect(await call('presenter.open', id)).toMatchObject({ ok: true })
    expect(opened).toEqual([id])
    expect(events).toContain('room-view-changed')
    const draft = await call('meetings.exportDocuments', id, null)
    expect(draft.ok && (draft.value as unknown[]).length).toBe(4)
  }, 30_000)
})
