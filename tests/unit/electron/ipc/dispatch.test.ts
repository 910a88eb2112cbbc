import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../../electron/ipc/dispatch.ts'
import { noPresenter } from '../../../helpers/platform.ts'
import { createHandlers } from '../../../../electron/ipc/handlers.ts'
import { ConveneSession } from '../../../../electron/services/session.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { channelNames } from '../../../../shared/contract/channel-names.ts'
import { errorCodes } from '../../../../shared/util/result.ts'
import { aClock } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'

async function aSession() {
  const folder = await tempFolder()
  const logger = createMemoryLogger()
  const session = await ConveneSession.start({
    dataFolder: folder,
    logFolder: folder,
    keychain: {
      isAvailable: async () => true,
      protect: async (secret) => Buffer.from(secret),
      unprotect: async (blob) => Buffer.from(blob),
    },
    now: aClock().now,
    logger,
    emit: () => undefined,
    version: '0.0.0',
    runtime: 'test-host',
  })
  return { session, logger, handlers: createHandlers(session, aClock().now, noPresenter) }
}

describe('dispatch', () => {
  it('refuses a channel the contract does not know', async () => {
    const { handlers, logger } = await aSession()
    expect(await dispatch(handlers, 'shell.openExternal', [], logger)).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Convene does not know that request.' },
    })
  })

  it('refuses arguments that do not match the schema, saying where', async () => {
    const { handlers, logger } = await aSession()
    const result = await dispatch(handlers, 'meetings.get', ['not-an-id'], logger)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-argument')
      expect(result.error.message).toContain('arguments[0]')
    }
  })

  it('refuses extra arguments', async () => {
    const { handlers, logger } = await aSession()
    const result = await dispatch(handlers, 'meetings.list', [1], logger)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('turns a bug in a handler into a calm failure and a log line without the message', async () => {
    const { handlers, logger } = await aSession()
    const broken: Handlers = {
      ...handlers,
      'meetings.list': async () => {
        throw new Error('Gwendolyn Fairweather caused a bug')
      },
    }
    const result = await dispatch(broken, 'meetings.list', [], logger)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(logger.lines.join('\n')).not.toContain('Gwendolyn')
  })

  it('creates a meeting from well-formed arguments', async () => {
    const { handlers, logger } = await aSession()
    const result = await dispatch(
      handlers,
      'meetings.create',
      [
        {
          kind: 'rcpc',
          familyName: 'Nowak',
          date: '2026-12-03',
          children: [{ name: 'Ola Nowak', dateOfBirth: null }],
        },
      ],
      logger,
    )
    expect(result).toMatchObject({ ok: true, value: { kind: 'rcpc', familyName: 'Nowak', startTime: null } })
  })
})

describe('every channel, sent 1,200 random payloads', () => {
  it('answers each with a result value, never throws, and leaves the store working', async () => {
    const { session, handlers, logger } = await aSession()
    const channel = fc.oneof(fc.constantFrom(...channelNames), fc.string())
    const payload = fc.oneof(
      fc.anything(),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.tuple(fc.uuid()),
      fc.tuple(
        fc.uuid(),
        fc.dictionary(
          fc.constantFrom('familyName', 'date', 'kind', 'children', 'purpose', 'status', 'startTime'),
          fc.anything(),
        ),
      ),
      fc.tuple(
        fc.record({
          kind: fc.constantFrom('icpc', 'rcpc', 'miam', 'nonsense'),
          familyName: fc.string({ maxLength: 300 }),
          date: fc.oneof(fc.constant('2026-12-02'), fc.string()),
          children: fc.array(
            fc.record({ name: fc.string(), dateOfBirth: fc.oneof(fc.constant(null), fc.string()) }),
            { maxLength: 3 },
          ),
        }),
      ),
      fc.tuple(fc.string({ maxLength: 2000 })),
    )
    let answered = 0
    await fc.assert(
      fc.asyncProperty(channel, payload, async (name, args) => {
        const result = await dispatch(handlers, name, args, logger)
        answered += 1
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) {
          expect(errorCodes).toContain(result.error.code)
          expect(result.error.message.length).toBeGreaterThan(10)
          expect(result.error.code).not.toBe('internal')
        }
      }),
      { numRuns: 1200 },
    )
    expect(answered).toBe(1200)
    const store = session.meetings()
    expect(store.ok && store.value.list().every((entry) => entry.readable)).toBe(true)
  }, 60_000)
})
