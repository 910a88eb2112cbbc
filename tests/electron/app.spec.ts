import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { electronBinary } from '../../electron/host/electron-binary.ts'

const root = join(import.meta.dirname, '../..')
const binary = electronBinary(root)
const passphrase = 'harbour lantern meadow'

test.skip(
  binary === null,
  'The Electron runtime is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD, or its download is blocked), so the real app cannot start; the same renderer and handlers are tested through the test host in tests/e2e.',
)

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [join(root, 'out/main/main.js')],
    env: { ...process.env, CONVENE_USER_DATA: userData },
  })
  const page = await app.firstWindow()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(/Meetings|Set a passphrase|Unlock Convene/)
  const title = await heading.textContent()
  if (title?.includes('Set a passphrase')) {
    await page.locator('#passphrase').fill(passphrase)
    await page.locator('#passphrase-confirmation').fill(passphrase)
    await page.getByRole('button', { name: 'Set passphrase and continue' }).click()
  } else if (title?.includes('Unlock')) {
    await page.locator('#passphrase').fill(passphrase)
    await page.getByRole('button', { name: 'Unlock' }).click()
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible()
  return { app, page }
}

test('the app starts, creates a meeting, and still has it after a restart', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'convene-electron-'))
  try {
    const first = await launch(userData)
    await first.page.getByRole('button', { name: 'New meeting' }).first().click()
    await first.page.getByLabel('Initial child protection conference').check()
    await first.page.getByLabel('Date of the meeting').fill('02/12/2026')
    await first.page.getByLabel('Family name').fill('Kowalski')
    await first.page.getByRole('button', { name: 'Create meeting' }).click()
    await first.page.getByLabel("Chair's preparation notes").fill('Met Anna and Piotr on 20/11.')
    await expect(first.page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
    await first.app.close()

    const second = await launch(userData)
    await second.page.getByRole('button', { name: 'Kowalski family' }).click()
    await expect(second.page.getByLabel("Chair's preparation notes")).toHaveValue(
      'Met Anna and Piotr on 20/11.',
    )
    await second.app.close()
  } finally {
    await rm(userData, { recursive: true, force: true })
  }
})

test('the page has no Node and no ipcRenderer, only window.convene', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'convene-electron-'))
  try {
    const { app, page } = await launch(userData)
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      convene: Object.keys((window as unknown as { convene: object }).convene).sort(),
    }))
    expect(exposed).toEqual({
      require: 'undefined',
      process: 'undefined',
      convene: ['app', 'meetings', 'on', 'vault'],
    })
    await app.close()
  } finally {
    await rm(userData, { recursive: true, force: true })
  }
})
