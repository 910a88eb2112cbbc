import { applyCommand } from '../../shared/commands/meeting-command.ts'
import { readInterchange, writeInterchange } from '../../shared/model/interchange.ts'
import { MeetingSchema, type Meeting } from '../../shared/model/meeting.ts'
import { familyView } from '../../shared/rules/family-view.ts'
import { reviewFrom } from '../../shared/rules/review.ts'
import { dateOfBirthProblem } from '../../shared/rules/plausible.ts'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import type { ImportOutcome, PresenterOpened } from '../../shared/contract/values.ts'
import { fail, ok, type Result } from '../../shared/util/result.ts'
import type { ConveneSession } from '../services/session.ts'
import type { Handlers } from './dispatch.ts'
import { documentHandlers } from './document-handlers.ts'
import { draftHandlers } from './draft-handlers.ts'

/** What only the platform can do: open and close the presenter window (Electron), or not (the test host). */
export type PlatformControls = {
  readonly presenter: {
    readonly open: (meetingId: string) => Promise<PresenterOpened>
    readonly close: () => Promise<void>
  }
}

/** A file name that says what the file is and holds no personal data. */
function interchangeFileName(meeting: Meeting): string {
  return `convene-${meeting.kind}-${meeting.date}-${meeting.id.slice(0, 8)}.json`
}

/** Binds every channel of the contract to the session's services. */
export function createHandlers(
  session: ConveneSession,
  now: () => Date,
  platform: PlatformControls,
): Handlers {
  const withStore = <T>(
    run: (
      store: Extract<ReturnType<ConveneSession['meetings']>, { ok: true }>['value'],
    ) => Promise<Result<T>>,
  ) => {
    const store = session.meetings()
    return store.ok ? run(store.value) : Promise.resolve(store)
  }
  const withSettings = <T>(
    run: (
      settings: Extract<ReturnType<ConveneSession['settings']>, { ok: true }>['value'],
    ) => Promise<Result<T>>,
  ) => {
    const settings = session.settings()
    return settings.ok ? run(settings.value) : Promise.resolve(settings)
  }
  return {
    'app.info': async () => ok(session.info()),
    'vault.status': async () => ok(session.status()),
    'vault.create': ({ passphrase }) => session.createPassphrase(passphrase),
    'vault.unlock': ({ passphrase }) => session.unlock(passphrase),
    'meetings.list': () => withStore(async (store) => ok(store.list())),
    'meetings.get': (id) => withStore((store) => store.get(id)),
    'meetings.create': (draft) => {
      const today = ukDateOf(now())
      for (const child of draft.children) {
        const problem = dateOfBirthProblem(child.dateOfBirth, today)
        if (problem) return Promise.resolve(fail('invalid-argument', `${child.name}: ${problem}`))
      }
      return withSettings((settings) =>
        withStore((store) => store.create({ ...draft, agenda: settings.get().agendaTemplates[draft.kind] })),
      )
    },
    'meetings.startReview': (previousId, date) =>
      withSettings((settings) =>
        withStore(async (store) => {
          const loaded = await store.get(previousId)
          if (!loaded.ok) return loaded
          const review = reviewFrom(loaded.value.meeting, {
            id: crypto.randomUUID(),
            date,
            agenda: settings.get().agendaTemplates.rcpc,
            at: now().toISOString(),
          })
          return review.ok ? store.importMeeting(review.value) : review
        }),
      ),
    'meetings.apply': (id, command) =>
      withStore((store) =>
        store.apply(id, (meeting) =>
          applyCommand(meeting, command, { now: now(), newId: () => crypto.randomUUID() }),
        ),
      ),
    'meetings.familyView': (id) =>
      withStore(async (store) => {
        const loaded = await store.get(id)
        return loaded.ok ? ok(familyView(loaded.value.meeting)) : loaded
      }),
    'meetings.remove': (id) =>
      withStore(async (store) => {
        const removed = await store.remove(id)
        const drafts = session.drafts()
        if (removed.ok && drafts.ok) await drafts.value.remove(id)
        return removed
      }),
    'meetings.exportInterchange': (id) =>
      withStore(async (store) => {
        const loaded = await store.get(id)
        if (!loaded.ok) return loaded
        const meeting = loaded.value.meeting
        return ok({ fileName: interchangeFileName(meeting), text: writeInterchange(meeting, now()) })
      }),
    'meetings.importInterchange': (text) =>
      withStore<ImportOutcome>(async (store) => {
        const read = readInterchange(text)
        if (!read.ok) return ok({ imported: false as const, problems: read.problems })
        const checked = MeetingSchema.safeParse(read.meeting)
        if (!checked.success) return fail('invalid-file', 'This meeting file could not be read.')
        const added = await store.importMeeting(checked.data)
        return added.ok ? ok({ imported: true as const, meeting: added.value }) : added
      }),
    'settings.get': () => withSettings(async (settings) => ok(settings.get())),
    'settings.update': (patch) => withSettings((settings) => settings.update(patch)),
    'settings.reset': () => withSettings((settings) => settings.reset()),
    ...documentHandlers(session, now),
    ...draftHandlers(session),
    'presenter.open': (id) =>
      withStore(async (store) => {
        const loaded = await store.get(id)
        return loaded.ok ? ok(await platform.presenter.open(id)) : loaded
      }),
    'presenter.close': async () => {
      await platform.presenter.close()
      return ok({ closed: true as const })
    },
  }
}
