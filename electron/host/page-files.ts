import { ok } from '../../shared/util/result.ts'
import type { PlatformControls } from '../ipc/handlers.ts'

/**
 * The test host has no dialogs of its own: the page opens files with its file input and saves them as
 * browser downloads.
 */
export const pageFiles: PlatformControls['files'] = {
  openMeetingFile: async () => ok({ mode: 'page' }),
  save: async () => ok({ mode: 'page' }),
}
