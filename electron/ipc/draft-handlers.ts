import { ok } from '../../shared/util/result.ts'
import type { ConveneSession } from '../services/session.ts'
import type { Handlers } from './dispatch.ts'

/** The capture box's draft of a meeting: kept only for a meeting that is in the store. */
export function draftHandlers(session: ConveneSession): Pick<Handlers, 'drafts.get' | 'drafts.save'> {
  return {
    'drafts.get': async (meetingId) => {
      const store = session.meetings()
      const drafts = session.drafts()
      if (!store.ok) return store
      if (!drafts.ok) return drafts
      const meeting = await store.value.get(meetingId)
      return meeting.ok ? ok(await drafts.value.get(meetingId)) : meeting
    },
    'drafts.save': async (meetingId, draft) => {
      const store = session.meetings()
      const drafts = session.drafts()
      if (!store.ok) return store
      if (!drafts.ok) return drafts
      const meeting = await store.value.get(meetingId)
      return meeting.ok ? drafts.value.save(meetingId, draft) : meeting
    },
  }
}
