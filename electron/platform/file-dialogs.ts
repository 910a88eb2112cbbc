import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import { ok } from '../../shared/util/result.ts'
import type { PlatformControls } from '../ipc/handlers.ts'
import { readMeetingFile, saveFileAt, saveFilesInFolder } from '../services/user-files.ts'

/**
 * Files through the app's own dialogs. Main asks, so a menu item can open a file (the page may not open its
 * file chooser without a click), and N documents go into one folder chosen once (the page's downloads
 * would ask N times, each titled with a blob: URL).
 */
export function electronFiles(parent: () => BrowserWindow | null): PlatformControls['files'] {
  return {
    openMeetingFile: async () => {
      const window = parent()
      const options: OpenDialogOptions = {
        title: 'Import a meeting file',
        buttonLabel: 'Import',
        properties: ['openFile'],
        filters: [
          { name: 'Convene meeting file', extensions: ['json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }
      const chosen = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      const path = chosen.filePaths[0]
      if (chosen.canceled || path === undefined) return ok({ mode: 'dialog', file: null })
      const read = await readMeetingFile(path)
      return read.ok ? ok({ mode: 'dialog', file: read.value }) : read
    },
    save: async (files) => {
      const window = parent()
      const [only] = files
      if (files.length === 1 && only) {
        const options: SaveDialogOptions = {
          title: `Save ${only.fileName}`,
          defaultPath: join(app.getPath('documents'), only.fileName),
        }
        const chosen = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options)
        if (chosen.canceled || !chosen.filePath) return ok({ mode: 'cancelled' })
        const saved = await saveFileAt(chosen.filePath, only)
        return saved.ok ? ok({ mode: 'saved', ...saved.value }) : saved
      }
      const options: OpenDialogOptions = {
        title: `Choose a folder for the ${files.length} documents`,
        buttonLabel: 'Save here',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      }
      const chosen = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      const folder = chosen.filePaths[0]
      if (chosen.canceled || folder === undefined) return ok({ mode: 'cancelled' })
      const saved = await saveFilesInFolder(folder, files)
      return saved.ok ? ok({ mode: 'saved', ...saved.value }) : saved
    },
  }
}
