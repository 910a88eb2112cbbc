import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appDataFolder } from '../../../../electron/host/electron-binary.ts'

describe('the data folder the browser fallback opens', () => {
  it('is the one CONVENE_USER_DATA names, as in the desktop app (it once opened the usual folder, with someone else’s meetings)', () => {
    expect(appDataFolder({ CONVENE_USER_DATA: '/media/usb/convene', HOME: '/home/sam' })).toBe(
      '/media/usb/convene',
    )
  })

  it('is the platform’s own otherwise', () => {
    if (process.platform !== 'linux') return
    expect(appDataFolder({ HOME: '/home/sam' })).toBe(join('/home/sam', '.config', 'Convene'))
  })
})
