import type { PlatformControls } from '../../electron/ipc/handlers.ts'
import { pageFiles } from '../../electron/host/page-files.ts'

/** Platform controls for tests that do not open a presenter view: it answers as the test host does. */
export const noPresenter: PlatformControls = {
  presenter: {
    open: async (meetingId) => ({ mode: 'page', path: `#/presenter/${meetingId}` }),
    close: async () => undefined,
  },
  files: pageFiles,
}
