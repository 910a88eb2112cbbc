import { request } from 'node:http'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHostServer, type HostServer } from '../../../../electron/host/host-server.ts'
import { noPresenter } from '../../../helpers/platform.ts'
import { createHandlers } from '../../../../electron/ipc/handlers.ts'
import { ConveneSession } from '../../../../electron/services/session.ts'
import { createMemoryLogger } from '../../../../electron/services/logger.ts'
import { aClock } from '../../../helpers/builders.ts'
import { tempFolder } from '../../../helpers/temp-folder.ts'
import type { ConveneEvents } from '../../../../shared/contract/events.ts'

const token = 'test-token-0123456789abcdefghijklmnopqrstuv'
let server: HostServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

async function aHost(): Promise<HostServer> {
  const folder = await tempFolder()
  await writeFile(
    join(folder, 'index.html'),
    '<!doctype html><html><head><title>x</title></head><body></body></html>',
  )
  await writeFile(
    join(folder, 'capture.html'),
    '<!doctype html><html><head><title>note</title></head><body><textarea></textarea></body></html>',
  )
  const logger = createMemoryLogger()
  const session = await ConveneSession.start({
    dataFolder: join(folder, 'data'),
    logFolder: folder,
    keychain: null,
    now: aClock().now,
    logger,
    emit: (event, payload) => server?.emit(event, payload),
    version: '0.0.0',
    runtime: 'test-host',
  })
  server = await startHostServer({
    handlers: createHandlers(session, aClock().now, noPresenter),
    logger,
    rendererFolder: folder,
    bridgeScript: Buffer.from('/* bridge */'),
    token,
    port: 0,
  })
  return server
}

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> }

function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('the test host server', () => {
  it('listens on the loopback address only', async () => {
    const host = await aHost()
    expect(new URL(host.url).hostname).toBe('127.0.0.1')
  })

  it('answers a call that carries the token through the production dispatcher', async () => {
    const host = await aHost()
    const reply = await send(`${host.url}rpc/vault.status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: '[]',
    })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { state: 'needs-setup', protection: 'passphrase' },
    })
  })

  it('refuses a call without the token, or with another', async () => {
    const host = await aHost()
    expect((await send(`${host.url}rpc/vault.status`, { method: 'POST', body: '[]' })).status).toBe(403)
    expect(
      (
        await send(`${host.url}rpc/vault.status`, {
          method: 'POST',
          headers: { Authorization: 'Bearer guess' },
          body: '[]',
        })
      ).status,
    ).toBe(403)
  })

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const host = await aHost()
    const reply = await send(`${host.url}rpc/vault.status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, Host: 'attacker.example' },
      body: '[]',
    })
    expect(reply.status).toBe(421)
  })

  it('answers malformed JSON with a clear error result, not a crash', async () => {
    const host = await aHost()
    const reply = await send(`${host.url}rpc/meetings.get`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: '{not json',
    })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('serves the renderer with the security headers and the page bridge first in <head>', async () => {
    const host = await aHost()
    const reply = await send(host.url)
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
    expect(reply.body).toMatch(/<head>\s*<script defer src="\/host-bridge.js"><\/script>/)
  })

  it("serves the note frame with a policy of its own, framed by the app alone, and without the page's bridge", async () => {
    const host = await aHost()
    const page = await send(host.url)
    expect(page.headers['content-security-policy']).toContain("frame-src 'self'")
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    const frame = await send(`${host.url}capture.html`)
    expect(frame.status).toBe(200)
    expect(frame.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(frame.headers['content-security-policy']).not.toContain('connect-src')
    expect(frame.body).not.toContain('host-bridge')
  })

  it('streams events to a page that carries the token', async () => {
    const host = await aHost()
    const received = new Promise<string>((resolve) => {
      request(`${host.url}events?token=${token}`, (res) => {
        res.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('meetings-changed')) resolve(chunk.toString())
        })
      }).end()
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    host.emit('meetings-changed', { reason: 'created' })
    expect(await received).toContain('data: {"reason":"created"}')
  })

  it("streams to the room's page only the room's view of the meeting it shows", async () => {
    const host = await aHost()
    const shown = '11111111-1111-4111-8111-111111111111'
    const other = '22222222-2222-4222-8222-222222222222'
    const frames: string[] = []
    request(`${host.url}events?token=${token}&audience=presenter&meeting=${shown}`, (res) => {
      res.on('data', (chunk: Buffer) => frames.push(chunk.toString()))
    }).end()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const view = (id: string) =>
      ({ view: { meeting: { id } } }) as unknown as ConveneEvents['room-view-changed']
    host.emit('room-view-changed', view(other))
    host.emit('meetings-changed', { reason: 'created' })
    host.emit('room-view-changed', view(shown))
    await new Promise((resolve) => setTimeout(resolve, 50))
    const heard = frames.join('')
    expect(heard).toContain(shown)
    expect(heard).not.toContain(other)
    expect(heard).not.toContain('meetings-changed')
  })
})
