import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname })

/** Lints a snippet as if it lived at `filePath` and returns the rule messages. */
async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

describe('the layering rules', () => {
  it.each([
    ["import { app } from 'electron'", "shared/model may not use the package 'electron'"],
    ["import { readFile } from 'node:fs/promises'", "shared/model may not use the package 'node:fs'"],
    ["import { readFile } from 'fs'", "shared/model may not use the package 'node:fs'"],
    [
      "import { MeetingStore } from '../../electron/services/store/meeting-store.ts'",
      'shared/model may not import electron/services',
    ],
    ["import { App } from '../../renderer/app/app.tsx'", 'shared/model may not import renderer'],
    ["import React from 'react'", "shared/model may not use the package 'react'"],
  ])('stop shared/ from %s', async (code, expected) => {
    const messages = await messagesFor(`${code}\nexport const x = 1\n`, 'shared/model/example.ts')
    expect(messages.join('\n')).toContain(expected)
  })

  it('stop shared/ from using the DOM', async () => {
    const messages = await messagesFor('export const title = document.title\n', 'shared/model/example.ts')
    expect(messages.join('\n')).toContain('shared/ runs anywhere: no DOM.')
  })

  it.each([
    ["import { ipcRenderer } from 'electron'", "renderer may not use the package 'electron'"],
    ["import { writeFile } from 'node:fs'", "renderer may not use the package 'node:fs'"],
    [
      "import { ConveneSession } from '../../electron/services/session.ts'",
      'renderer may not import electron/services',
    ],
  ])('stop renderer/ from %s', async (code, expected) => {
    const messages = await messagesFor(`${code}\nexport const x = 1\n`, 'renderer/app/example.ts')
    expect(messages.join('\n')).toContain(expected)
  })

  it('stop ipcMain anywhere in electron/ but the wrapper', async () => {
    const code = "import { ipcMain } from 'electron'\nipcMain.handle('x', () => 1)\n"
    expect((await messagesFor(code, 'electron/services/example.ts')).join('\n')).toContain(
      'Only electron/ipc/bind-ipc-main.ts and electron/preload.ts may use ipcMain or ipcRenderer.',
    )
    expect(await messagesFor(code, 'electron/ipc/bind-ipc-main.ts')).toEqual([])
  })

  it('stop electron-log/main, which opens an IPC door of its own', async () => {
    const code = "import log from 'electron-log/main'\nlog.info('x')\n"
    expect((await messagesFor(code, 'electron/main.ts')).join('\n')).toContain(
      'electron-log/main listens on IPC of its own',
    )
  })

  it('stop reaching ipcRenderer through the electron namespace', async () => {
    const code = "import * as electron from 'electron'\nelectron.ipcRenderer.send('x')\n"
    expect((await messagesFor(code, 'electron/platform/example.ts')).join('\n')).toContain(
      'Only electron/preload.ts may use ipcRenderer.',
    )
  })

  it('allow shared/ to import zod and its own files', async () => {
    const code =
      "import { z } from 'zod'\nimport { ok } from '../util/result.ts'\nexport const schema = z.string()\nexport const y = ok(1)\n"
    expect(await messagesFor(code, 'shared/model/example.ts')).toEqual([])
  })
})
