import { fail, type Failure } from '../../../shared/util/result.ts'
import { SaveError } from './durable-write.ts'

/** Turns a failed save into a message that says what happened and that nothing on screen is lost. */
export function saveFailure(error: unknown): Failure {
  if (error instanceof SaveError && error.reason === 'disk-full') {
    return fail(
      'disk-full',
      'Convene could not save because the disk is full. What you typed is still on screen and everything saved before is safe. Free some space and it will be saved at your next change.',
    )
  }
  return fail(
    'write-failed',
    'Convene could not save to its data folder. What you typed is still on screen and will be saved at your next change. If this keeps happening, check that the data folder can be written to.',
  )
}

/** A change to a case that could not be saved: nothing of it was kept, and the screen offers to try again. */
export function caseSaveFailure(error: unknown): Failure {
  if (error instanceof SaveError && error.reason === 'disk-full')
    return fail(
      'disk-full',
      'This change to the case could not be saved because the disk is full. What you typed is still on screen and everything saved before is safe. Free some space, then choose Try again.',
    )
  return fail(
    'write-failed',
    'This change to the case could not be saved: Convene could not write to its data folder. What you typed is still on screen. Check that the data folder can be written to, then choose Try again.',
  )
}

/** A meeting that could not be added (created or brought in): nothing of it was kept. */
export function addFailure(error: unknown): Failure {
  if (error instanceof SaveError && error.reason === 'disk-full')
    return fail(
      'disk-full',
      'The meeting could not be added because the disk is full. Nothing of it was kept. Free some space and try again.',
    )
  return fail(
    'write-failed',
    'The meeting could not be added: Convene could not write to its data folder. Nothing of it was kept. Check that the data folder can be written to, and try again.',
  )
}

/** Every saved copy of a meeting is damaged. */
export function unreadableFailure(): Failure {
  return fail(
    'unreadable',
    "This meeting can't be opened: every saved copy of it is damaged. Your other meetings are not affected. Restore the data folder from a backup to recover it.",
  )
}

/** No meeting has this identifier. */
export function notFoundFailure(): Failure {
  return fail('not-found', 'This meeting is no longer in Convene. It may have been deleted.')
}

/** A change on the administrator's desk that could not be saved: nothing of it was kept; do it again. */
export function deskSaveFailure(error: unknown): Failure {
  if (error instanceof SaveError && error.reason === 'disk-full')
    return fail(
      'disk-full',
      'This could not be saved because the disk is full, so nothing of it was kept; what was saved before is safe. Free some space, then do it again.',
    )
  return fail(
    'write-failed',
    'This could not be saved: Convene could not write to its data folder, so nothing of it was kept. Check that the data folder can be written to, then do it again.',
  )
}
