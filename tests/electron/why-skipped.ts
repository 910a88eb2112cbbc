import { join } from 'node:path'
import { electronBinary } from '../../electron/host/electron-binary.ts'

/** Says, in one line, why the real-app tests are about to skip (Playwright's list shows only a dash). */
export default function whySkipped(): void {
  if (electronBinary(join(import.meta.dirname, '../..')) === null)
    process.stdout.write(
      'Real-app tests skip: the Electron runtime is not installed (`npx install-electron` could not download it here).\n',
    )
}
