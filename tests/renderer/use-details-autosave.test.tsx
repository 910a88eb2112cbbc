import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Meeting } from '../../shared/model/meeting.ts'
import { useDetailsAutosave } from '../../renderer/workspace/use-details-autosave.ts'
import { aMeetingForRenderer } from './meeting.ts'
import { installConvene, type ConveneCall } from './fake-convene.ts'

afterEach(() => {
  delete (window as { convene?: unknown }).convene
})

describe('useDetailsAutosave', () => {
  it('sends one save at a time and batches the keystrokes typed while it is on its way', async () => {
    const meeting = aMeetingForRenderer()
    const calls: ConveneCall[] = []
    const release = installConvene(calls, meeting)
    const { result } = renderHook(() => useDetailsAutosave(meeting, () => undefined))

    act(() => result.current.change('location', 'R'))
    act(() => result.current.change('location', 'Ro'))
    act(() => result.current.change('location', 'Roo'))
    act(() => result.current.change('location', 'Room'))
    expect(calls.map((call) => call.args[1])).toEqual([{ location: 'R' }])
    expect(result.current.save.state).toBe('saving')
    expect(result.current.values.location).toBe('Room')

    await act(async () => release())
    expect(calls.map((call) => call.args[1])).toEqual([{ location: 'R' }, { location: 'Room' }])
    await act(async () => release())
    expect(result.current.save.state).toBe('saved')
  })

  it('keeps the change and says why when a save fails, and sends it again on Try again', async () => {
    const meeting = aMeetingForRenderer()
    const calls: ConveneCall[] = []
    const release = installConvene(calls, meeting, {
      failFirst: 'Convene could not save because the disk is full.',
    })
    const { result } = renderHook(() => useDetailsAutosave(meeting, () => undefined))
    act(() => result.current.change('purpose', 'To agree a plan'))
    await act(async () => release())
    expect(result.current.save).toEqual({
      state: 'not-saved',
      message: 'Convene could not save because the disk is full.',
    })
    expect(result.current.values.purpose).toBe('To agree a plan')

    act(() => result.current.retry())
    await act(async () => release())
    expect(calls.map((call) => call.args[1])).toEqual([
      { purpose: 'To agree a plan' },
      { purpose: 'To agree a plan' },
    ])
    expect(result.current.save.state).toBe('saved')
  })

  it('does not send a value the form marks as invalid, but keeps it on screen', () => {
    const meeting: Meeting = aMeetingForRenderer()
    const calls: ConveneCall[] = []
    installConvene(calls, meeting)
    const { result } = renderHook(() => useDetailsAutosave(meeting, () => undefined))
    act(() => result.current.change('familyName', '', false))
    expect(calls).toEqual([])
    expect(result.current.values.familyName).toBe('')
  })
})
