import { describe, expect, it } from 'vitest'
import { startUpProblem } from '../../../electron/services/start-up-problem.ts'

const withCode = (code: string): Error => Object.assign(new Error('/home/helen/secret path'), { code })

describe('startUpProblem', () => {
  it('names a full disk and what to do', () => {
    expect(startUpProblem(withCode('ENOSPC'), '/logs')).toMatch(
      /^Convene could not start because the disk is full\./,
    )
  })

  it('names a data folder it may not use', () => {
    expect(startUpProblem(withCode('EACCES'), '/logs')).toContain(
      'not allowed to read or write its data folder',
    )
  })

  it('says that nothing saved has changed, and where the log is', () => {
    const message = startUpProblem(new TypeError('boom'), '/home/helen/.config/Convene/logs')
    expect(message).toContain('Nothing you saved has been changed.')
    expect(message).toContain('/home/helen/.config/Convene/logs')
  })

  it("never repeats the error's own message, which can hold data", () => {
    expect(startUpProblem(withCode('EIO'), '/logs')).not.toContain('secret path')
    expect(startUpProblem(withCode('EIO'), '/logs')).toContain('(EIO)')
  })
})
