import { Menu, shell, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract/events.ts'

/** What the menu needs from the app. */
export type MenuActions = {
  readonly send: (command: MenuCommand) => void
  readonly dataFolder: string
  readonly logFolder: string
  readonly isDevelopment: boolean
}

/** The application menu: the platform's standard roles, and Convene's own commands with their shortcuts. */
export function buildApplicationMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New meeting', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-meeting') },
        {
          label: 'Import meeting file…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.send('import-meeting'),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Meetings', accelerator: 'CmdOrCtrl+Shift+M', click: () => actions.send('show-meetings') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(actions.isDevelopment
          ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'About Convene', click: () => actions.send('about') },
        { type: 'separator' },
        { label: 'Show data folder', click: () => void shell.openPath(actions.dataFolder) },
        { label: 'Show log folder', click: () => void shell.openPath(actions.logFolder) },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
