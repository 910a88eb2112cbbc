import { describe, expect, it, vi } from 'vitest'
import { contract } from '../../../shared/contract/contract.ts'
import { channelNames } from '../../../shared/contract/channel-names.ts'
import { buildConveneApi } from '../../../shared/contract/api.ts'

describe('the IPC contract', () => {
  it('lists every channel for the preload, and nothing else', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(contract).sort())
  })

  it('names every channel as namespace.method', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
  })
})

describe('buildConveneApi', () => {
  it('turns each channel into a named method that invokes that channel with its arguments', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'done' }))
    const api = buildConveneApi(invoke, () => () => undefined)
    await api.meetings.get('0b9a8f55-3c3e-4a55-9d1c-3c6a2f1f8a11')
    expect(invoke).toHaveBeenCalledWith('meetings.get', ['0b9a8f55-3c3e-4a55-9d1c-3c6a2f1f8a11'])
  })

  it('is frozen, so a page cannot swap a method', () => {
    const api = buildConveneApi(
      async () => null,
      () => () => undefined,
    )
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.isFrozen(api.meetings)).toBe(true)
  })

  it('refuses to subscribe to an event the contract does not name', () => {
    const api = buildConveneApi(
      async () => null,
      () => () => undefined,
    )
    expect(() => api.on('shell-open' as never, () => undefined)).toThrow(/Unknown event/)
  })
})
