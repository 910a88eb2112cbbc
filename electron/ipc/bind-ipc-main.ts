import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channelNames } from '../../shared/contract/channel-names.ts'
import { fail } from '../../shared/util/result.ts'
import type { Logger } from '../services/logger.ts'
import { dispatch, type Handlers } from './dispatch.ts'
import { isTrustedSender, mayCall, type TrustedSenders } from './trusted-sender.ts'
import { presenterChannels } from '../../shared/contract/contract.ts'

/**
 * The only place ipcMain is used (lint enforces it). Registers every channel of the contract; a call from
 * anything but our window, our origin and its main frame is dropped with a 'forbidden' result and never
 * reaches a handler, and the presenter window may call only the family-safe channels, about the meeting it
 * shows.
 */
export function bindIpcMain(
  handlers: Handlers,
  trusted: () => TrustedSenders,
  logger: Logger,
  shownMeeting: () => string | null = () => null,
): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      const facts = {
        webContentsId: event.sender.id,
        frameUrl: frame?.url ?? null,
        isMainFrame: frame !== null && frame === event.sender.mainFrame,
      }
      const senders = trusted()
      if (!isTrustedSender(facts, senders)) {
        logger.warn('ipc.sender-refused', { channel })
        return fail('forbidden', 'That request did not come from a Convene window.')
      }
      const role = senders.windows.get(facts.webContentsId) ?? 'presenter'
      if (!mayCall(role, channel, presenterChannels, { args, shownMeeting: shownMeeting() })) {
        logger.warn('ipc.presenter-refused', { channel })
        return fail('forbidden', 'The presenter view cannot do that.')
      }
      return dispatch(handlers, channel, args, logger)
    })
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel)
  }
}
