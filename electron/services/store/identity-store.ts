import { join } from 'node:path'
import { z } from 'zod'
import { SignatureMarkSchema } from '../../../shared/model/identity.ts'
import { GenerationalFile, UnreadableError } from './generational-file.ts'
import type { Logger } from '../logger.ts'

const identityId = '00000000-0000-4000-8000-000000000002'

const IdentitySchema = z.object({
  signature: SignatureMarkSchema.nullable(),
  certificate: z
    .object({
      certificatePem: z.string().max(20_000),
      privateKeyPem: z.string().max(20_000),
      source: z.enum(['self-signed', 'pkcs12']),
    })
    .nullable(),
})
/** What the chair signs with: the visible mark and the certificate with its private key. */
export type Identity = z.infer<typeof IdentitySchema>

/**
 * The chair's signature and signing key, in their own encrypted generational file under the same data key
 * as the meetings: the private key never leaves the laptop and is never written in the clear.
 */
export class IdentityStore {
  private readonly file: GenerationalFile<Identity>
  private data: Identity

  private constructor(file: GenerationalFile<Identity>, data: Identity) {
    this.file = file
    this.data = data
  }

  /** Opens the identity in a data folder; an unreadable one is started again (the chair signs in anew). */
  static async open(options: {
    readonly folder: string
    readonly key: Buffer
    readonly now: () => Date
    readonly logger: Logger
    readonly writeFile?: (path: string, contents: Buffer) => Promise<void>
  }): Promise<IdentityStore> {
    const file = new GenerationalFile<Identity>({
      folder: join(options.folder, 'identity'),
      purpose: 'identity',
      id: identityId,
      key: options.key,
      now: options.now,
      keep: 3,
      writeFile: options.writeFile,
    })
    let data: Identity = { signature: null, certificate: null }
    try {
      const parsed = IdentitySchema.safeParse(await file.read())
      if (parsed.success) data = parsed.data
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error
      options.logger.warn('identity.unreadable-starting-again', { damaged: error.damaged })
    }
    return new IdentityStore(file, data)
  }

  /** The identity as saved. */
  get(): Identity {
    return this.data
  }

  /** Saves a change durably before it resolves. */
  async update(change: Partial<Identity>): Promise<Identity> {
    const next = IdentitySchema.parse({ ...this.data, ...change })
    await this.file.write(next)
    this.data = next
    return next
  }
}
