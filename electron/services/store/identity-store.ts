import { join } from 'node:path'
import {
  currentIdentityVersion,
  emptyIdentity,
  IdentitySchema,
  readIdentity,
  type Identity,
  type IdentityReading,
  type StoredIdentity,
} from '../../../shared/model/stored-identity.ts'
import type { StoreNotice } from '../../../shared/contract/values.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import { keepAside } from './kept-aside.ts'
import { saveFailure } from './store-errors.ts'
import { ok, type Result } from '../../../shared/util/result.ts'
import type { Logger } from '../logger.ts'

export type { Identity } from '../../../shared/model/stored-identity.ts'

const identityId = '00000000-0000-4000-8000-000000000002'

/**
 * The chair's signature and signing key, in their own encrypted generational file under the same data key
 * as the meetings: the private key never leaves the laptop and is never written in the clear. Stored with
 * a version and migrated like meetings. An identity that cannot be read whole is never silently made
 * again: what can be read is kept, the file as it was is copied to `kept-aside/` in the data folder, and
 * `notice` tells the user.
 */
export class IdentityStore {
  private readonly file: GenerationalFile<StoredIdentity>
  private data: Identity
  private problem: StoreNotice | null

  private constructor(file: GenerationalFile<StoredIdentity>, data: Identity, notice: StoreNotice | null) {
    this.file = file
    this.data = data
    this.problem = notice
  }

  /** Opens the identity in a data folder. */
  static async open(options: {
    readonly folder: string
    readonly key: Buffer
    readonly now: () => Date
    readonly logger: Logger
    /** The durable writer; tests pass one that fails, to see a full disk handled. */
    readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  }): Promise<IdentityStore> {
    const file = new GenerationalFile<StoredIdentity>({
      folder: join(options.folder, 'identity'),
      purpose: 'identity',
      id: identityId,
      key: options.key,
      now: options.now,
      keep: 3,
      ...(options.writeFile ? { writeFile: options.writeFile } : {}),
    })
    const keep = (files: ReadonlyArray<string>) =>
      keepAside({ dataFolder: options.folder, what: 'signing identity', files }).catch((error: unknown) => {
        options.logger.error('identity.keep-aside-failed', {}, error)
        return null
      })
    let data: Identity = emptyIdentity
    let notice: StoreNotice | null = null
    try {
      const raw = await file.read()
      const load = file.lastLoad
      if (raw !== null && load) {
        const reading = readIdentity(raw)
        data = reading.identity
        if (reading.replaced.length > 0 || reading.newerVersion || load.passedOver.length > 0) {
          options.logger.warn('identity.partly-read', {
            replaced: reading.replaced.length,
            newerVersion: reading.newerVersion,
            damagedNewer: load.damagedNewer,
          })
          const where = await keep([
            ...(reading.replaced.length > 0 || reading.newerVersion ? [load.file] : []),
            ...load.passedOver,
          ])
          notice = identityNotice(reading, where)
        }
      }
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error
      options.logger.warn('identity.unreadable', { damaged: error.damaged })
      const where = await keep(error.files)
      notice = {
        about: 'identity',
        title: 'Your signing identity could not be read',
        message: `Every saved copy of your signature and signing certificate failed its check. ${keptWhere(where)}Convene has not made a new one: when you next sign, it will ask for your signature again and make a new certificate, unless you restore the data folder from a backup first.`,
      }
    }
    return new IdentityStore(file, data, notice)
  }

  /** The identity as saved. */
  get(): Identity {
    return this.data
  }

  /** What the user must be told about how the identity was read, until it is saved again. */
  get notice(): StoreNotice | null {
    return this.problem
  }

  /**
   * Saves a change durably before it resolves. A save that fails (a full disk) changes nothing, and says so
   * in the same plain words as every other save.
   */
  async update(change: Partial<Identity>): Promise<Result<Identity>> {
    const next = IdentitySchema.parse({ ...this.data, ...change })
    try {
      await this.file.write({ version: currentIdentityVersion, ...next })
    } catch (error) {
      return saveFailure(error)
    }
    this.data = next
    this.problem = null
    return ok(next)
  }
}

const keptWhere = (where: string | null): string =>
  where === null ? '' : `A copy of the file as it was is kept in the data folder, in ${where}. `

/** What to tell the user about an identity read in part, or from an earlier save. */
function identityNotice(reading: IdentityReading, where: string | null): StoreNotice {
  const lostSignature = reading.replaced.some((place) => !place.startsWith('certificate'))
  const lostCertificate = reading.replaced.some((place) => !place.startsWith('signature'))
  const notRead = [
    lostSignature
      ? 'This version could not read your signature: you will be asked for it again when you sign.'
      : '',
    lostCertificate
      ? 'This version could not read your signing certificate, and has not made a new one. If you export signed documents before this is put right, Convene will make a new certificate for you, and those documents will carry it instead.'
      : '',
  ]
    .filter((part) => part !== '')
    .join(' ')
  const lead = notRead === '' ? '' : `${notRead} `
  if (reading.newerVersion)
    return {
      about: 'identity',
      title: 'Your signing identity was saved by a newer version of Convene',
      message: `${lead || 'This version has read your signature and certificate. '}${keptWhere(where)}Update Convene to sign with it as before.`,
    }
  if (notRead !== '')
    return {
      about: 'identity',
      title: 'Part of your signing identity could not be read',
      message: `${lead}${keptWhere(where)}`.trim(),
    }
  return {
    about: 'identity',
    title: 'An earlier save of your signing identity was used',
    message:
      `The latest save of your signature and certificate was damaged, so Convene opened the one before it. ${keptWhere(where)}`.trim(),
  }
}
