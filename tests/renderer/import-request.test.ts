import { describe, expect, it } from 'vitest'
import { onImportRequest, requestImport } from '../../renderer/meetings-list/import-request.ts'

describe('the File menu asking for an import', () => {
  it('reaches the import button at once when it is on screen', () => {
    let asked = 0
    const stop = onImportRequest(() => (asked += 1))
    requestImport()
    stop()
    requestImport()
    expect(asked).toBe(1)
    // The request made while no button listened waits for the next one.
    let later = 0
    onImportRequest(() => (later += 1))()
    expect(later).toBe(1)
  })

  it('waits for the meetings screen when asked from another screen, and is answered once', () => {
    requestImport()
    let asked = 0
    const first = onImportRequest(() => (asked += 1))
    first()
    const second = onImportRequest(() => (asked += 1))
    second()
    expect(asked).toBe(1)
  })
})
