import { readInterchange, writeInterchange } from '../../shared/model/interchange.ts'
import { MeetingSchema, type Meeting } from '../../shared/model/meeting.ts'
import { fail, ok } from '../../shared/util/result.ts'
import type { ConveneSession } from '../services/session.ts'
import type { Handlers } from './dispatch.ts'

/** A file name that says what the file is and holds no personal data. */
function interchangeFileName(meeting: Meeting): string {
  return `convene-${meeting.kind}-${meeting.date}-${meeting.id.slice(0, 8)}.json`
}

/** Binds every channel of the contract to the session's services. */
export function createHandlers(session: ConveneSession, now: () => Date): Handlers {
  const withStore = <T>(
    run: (store: Exclude<ReturnType<ConveneSession['meetings']>, { ok: false }>['value']) => Promise<T>,
  ) => {
    const store = session.meetings()
    return store.ok ? run(store.value) : Promise.resolve(store)
  }
  return {
    'app.info': async () => ok(session.info()),
    'vault.status': async () => ok(session.status()),
    'vault.create': ({ passphrase }) => session.createPassphrase(passphrase),
    'vault.unlock': ({ passphrase }) => session.unlock(passphrase),
    'meetings.list': () => withStore(async (store) => ok(store.list())),
    'meetings.get': (id) => withStore((store) => store.get(id)),
    'meetings.create': (draft) => withStore((store) => store.create(draft)),
    'meetings.updateDetails': (id, patch) =>
      withStore((store) => store.update(id, (meeting) => ({ ...meeting, ...patch }))),
    'meetings.remove': (id) => withStore((store) => store.remove(id)),
    'meetings.exportInterchange': (id) =>
      withStore(async (store) => {
        const loaded = await store.get(id)
        if (!loaded.ok) return loaded
        const meeting = loaded.value.meeting
        return ok({ fileName: interchangeFileName(meeting), text: writeInterchange(meeting, now()) })
      }),
    'meetings.importInterchange': (text) =>
      withStore(async (store) => {
        const read = readInterchange(text)
        if (!read.ok) return ok({ imported: false as const, problems: read.problems })
        const checked = MeetingSchema.safeParse(read.meeting)
        if (!checked.success) return fail('invalid-file', 'This meeting file could not be read.')
        const added = await store.importMeeting(checked.data)
        return added.ok ? ok({ imported: true as const, meeting: added.value }) : added
      }),
  }
}
