import { readSettings } from '../../shared/settings/settings-migrations.ts'
import { defaultSettings, type CouncilSettings } from '../../shared/settings/settings.ts'
import { createMemoryLogger } from '../services/logger.ts'
import { KeyVault } from '../services/store/key-vault.ts'
import { SettingsStore } from '../services/store/settings-store.ts'
import { readText, type CliOutput } from './cli-files.ts'

/** The value after an option ('--settings FILE'), or undefined where the option is not given. */
export function optionValue(args: ReadonlyArray<string>, name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

/**
 * The council's settings for a command: from `--settings FILE` (the settings as JSON, read as the app reads
 * stored settings: an older shape brought up to date, what cannot be read named), from `--data DIR` (a
 * Convene data folder protected by a passphrase, given in CONVENE_PASSPHRASE), or Convene's defaults where
 * neither is given. Null, with the reason written, where they cannot be had.
 */
export async function councilSettingsFor(
  args: ReadonlyArray<string>,
  io: CliOutput,
): Promise<CouncilSettings | null> {
  const file = optionValue(args, '--settings')
  const data = optionValue(args, '--data')
  if (args.includes('--settings') && !file) {
    io.err('convene: name the settings file after --settings.\n')
    return null
  }
  if (args.includes('--data') && !data) {
    io.err('convene: name the data folder after --data.\n')
    return null
  }
  if (file && data) {
    io.err("convene: give the council's settings one way, --settings FILE or --data DIR, not both.\n")
    return null
  }
  if (file) {
    const text = await readText(file, io)
    if (text === null) return null
    let raw: unknown
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch {
      io.err(`${file}: this is not a settings file (it is not JSON).\n`)
      return null
    }
    const reading = readSettings(raw)
    // Nothing of it could be used, or it was written by a newer Convene: the documents would not be the
    // council's, so none are made.
    if (reading.newerVersion) {
      io.err(
        `${file}: these settings were saved by a newer version of Convene. Update Convene to use them.\n`,
      )
      return null
    }
    if (reading.replaced.includes('(all of it)')) {
      io.err(`${file}: this is not a Convene settings file (none of it could be read as settings).\n`)
      return null
    }
    if (reading.replaced.length > 0)
      io.err(
        `${file}: these could not be read and Convene's defaults are used: ${reading.replaced.join(', ')}\n`,
      )
    return reading.settings
  }
  if (data) {
    const key = await openDataFolder(data, io)
    if (key === null) return null
    const store = await SettingsStore.open({
      folder: data,
      key,
      now: () => new Date(),
      logger: createMemoryLogger(),
    })
    return store.get()
  }
  return defaultSettings()
}

/** The data key of a Convene data folder, unlocked with the passphrase in CONVENE_PASSPHRASE. */
export async function openDataFolder(folder: string, io: CliOutput): Promise<Buffer | null> {
  const vault = new KeyVault(folder)
  const state = await vault.state()
  if (!state.ok) {
    io.err(`${folder}: ${state.error.message}\n`)
    return null
  }
  if (!state.value.exists) {
    io.err(`${folder}: this is not a Convene data folder (it has no key).\n`)
    return null
  }
  if (state.value.protection !== 'passphrase') {
    io.err(
      `${folder}: this data folder's key is kept in the computer's keychain, which only the Convene app can open. Use --settings with a settings file instead.\n`,
    )
    return null
  }
  const passphrase = process.env['CONVENE_PASSPHRASE']
  if (!passphrase) {
    io.err(`${folder}: give the data folder's passphrase in the CONVENE_PASSPHRASE environment variable.\n`)
    return null
  }
  const key = await vault.unlockWithPassphrase(passphrase)
  if (!key.ok) {
    io.err(`${folder}: ${key.error.message}\n`)
    return null
  }
  return key.value
}
