import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where the Electron runtime is, if it was downloaded. Read from the electron package's path.txt, never by
 * require('electron'), which would try to fetch it.
 */
export function electronBinary(projectRoot: string): string | null {
  const pathFile = join(projectRoot, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(projectRoot, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/**
 * The folder Electron would use for the app's data ('userData'), so the browser fallback shares it:
 * CONVENE_USER_DATA where it is set, as main.ts does, else the platform's own.
 */
export function appDataFolder(environment: NodeJS.ProcessEnv = process.env): string {
  const chosen = environment['CONVENE_USER_DATA']
  if (chosen) return chosen
  const home = environment['HOME'] ?? environment['USERPROFILE'] ?? '.'
  if (process.platform === 'win32')
    return join(environment['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Convene')
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Convene')
  return join(environment['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Convene')
}
