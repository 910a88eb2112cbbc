import { describe, expect, it } from 'vitest'
import { GroupCommit } from '../../../../electron/services/store/group-commit.ts'

describe('GroupCommit', () => {
  it('answers every caller only after a save that includes its change', async () => {
    let state = 0
    const saved: number[] = []
    const commits = new GroupCommit(async () => {
      const snapshot = state
      await new Promise((resolve) => setTimeout(resolve, 5))
      saved.push(snapshot)
      return snapshot
    })
    const answers: Array<Promise<number>> = []
    for (let change = 1; change <= 10; change += 1) {
      state = change
      answers.push(commits.commit())
    }
    const results = await Promise.all(answers)
    results.forEach((written, index) => expect(written).toBeGreaterThanOrEqual(index + 1))
    expect(saved.length).toBeLessThanOrEqual(2)
    expect(saved.at(-1)).toBe(10)
  })

  it('passes a failed save to every caller waiting on it, and saves again next time', async () => {
    let fail = true
    const commits = new GroupCommit(async () => {
      if (fail) throw new Error('disk full')
      return 'ok'
    })
    await expect(commits.commit()).rejects.toThrow('disk full')
    fail = false
    await expect(commits.commit()).resolves.toBe('ok')
  })

  it('puts the state back and fails the changes waiting behind a failed save, which were made on top of it', async () => {
    let state = 'saved'
    let onDisk = 'saved'
    let fail = true
    const commits = new GroupCommit(
      async () => {
        const writing = state
        await new Promise((resolve) => setTimeout(resolve, 5))
        if (fail) throw new Error('disk full')
        onDisk = writing
        return writing
      },
      () => {
        state = onDisk
      },
    )
    state = 'first'
    const first = commits.commit()
    state = 'first and second'
    const second = commits.commit()
    await expect(first).rejects.toThrow('disk full')
    await expect(second).rejects.toThrow('disk full')
    expect(state).toBe('saved')
    fail = false
    state = 'third'
    await expect(commits.commit()).resolves.toBe('third')
  })
})
