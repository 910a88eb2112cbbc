import type { RecoveryNotice } from '../../shared/contract/values.ts'

/** Why the newer saves of a meeting were passed over, in plain words. */
export function whyPassedOver({ damagedSaves: damaged, unusableSaves: unusable }: RecoveryNotice): string {
  const rules = 'the rules a meeting must keep (such as at most 50,000 notes)'
  if (unusable === 0)
    return damaged === 1
      ? 'The latest save could not be read because the file was damaged.'
      : `The latest ${damaged} saves could not be read because their files were damaged.`
  if (damaged === 0)
    return unusable === 1
      ? `The latest save could be read but not used, because it breaks ${rules}.`
      : `The latest ${unusable} saves could be read but not used, because they break ${rules}.`
  return `The latest ${damaged + unusable} saves could not be opened: ${damaged} because the file was damaged, ${unusable} because it breaks ${rules}.`
}
