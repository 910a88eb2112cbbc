import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../electron/ipc/dispatch.ts'
import { createHandlers } from '../../../../electron/ipc/handlers.ts'
import { ConveneSession } from '../../../../electron/services/session.ts'
import { pageFiles } from '../../../../electron/host/page-files.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { writeInterchange } from '../../../../shared/meeting/interchange.ts'
import { aClock } from '../../../helpers/builders.ts'
import { heldConference } from '../../../helpers/conference-meeting.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

async function aSession() {
  const folder = await tempFolder()
  const logger = createMemoryLogger()
  const clock = aClock()
  const session = await ConveneSession.start({
    dataFolder: folder,
    logFolder: folder,
    keychain: {
      isAvailable: async () => true,
      protect: async (secret) => Buffer.from(secret),
      unprotect: async (blob) => Buffer.from(blob),
    },
    now: clock.now,
    logger,
    emit: () => undefined,
    version: '0.0.0',
    runtime: 'test-host',
  })
  const handlers = createHandlers(session, clock.now, {
    presenter: {
      open: async (id) => ({ mode: 'page', path: `#/presenter/${id}` }),
      close: async () => undefined,
    },
    files: pageFiles,
  })
  return (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args, logger)
}

describe('signed versions in a meeting read from a file', () => {
  it(
    'makes the documents of a version signed here, and refuses those of a version signed on another laptop',
    { timeout: 60_000 },
    async () => {
      const call = await aSession()
      const imported = await call(
        'meetings.importInterchange',
        writeInterchange(heldConference(), new Date()),
      )
      if (!imported.ok) throw new Error(imported.error.message)
      const id = (imported.value as { meeting: { id: string } }).meeting.id
      const signed = await call('meetings.apply', id, {
        type: 'sign-off',
        openItems: [],
        reason: 'Signed for the test with items open.',
      })
      expect(signed.ok).toBe(true)
      expect((await call('meetings.exportDocuments', id, 1)).ok).toBe(true)

      // The same meeting, sent to another laptop (here, read back in): its version 1 was not signed there.
      const file = await call('meetings.exportInterchange', id)
      if (!file.ok) throw new Error(file.error.message)
      const again = await call('meetings.importInterchange', (file.value as { text: string }).text)
      if (!again.ok) throw new Error(again.error.message)
      const copy = (again.value as { meeting: { id: string } }).meeting.id
      for (const number of [1, null]) {
        const refused = await call('meetings.exportDocuments', copy, number)
        expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
        expect(!refused.ok && refused.error.message).toMatch(/signed on another laptop/)
      }
    },
  )
})
