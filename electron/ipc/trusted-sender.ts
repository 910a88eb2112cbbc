/** What Electron tells us about who sent a message, reduced to what the check needs. */
export type SenderFacts = {
  readonly webContentsId: number
  /** The sending frame's URL, or null when the frame has gone. */
  readonly frameUrl: string | null
  readonly isMainFrame: boolean
}

/** Which of our windows a message came from: the chair's, or the presenter view shown to the room. */
export type WindowRole = 'main' | 'presenter'

/** Who may call: our own windows, showing our own pages. */
export type TrustedSenders = {
  readonly windows: ReadonlyMap<number, WindowRole>
  /** Origins written as 'scheme://host' ('app://convene', or the dev server's 'http://localhost:5173'). */
  readonly origins: ReadonlyArray<string>
}

/**
 * The sender check of every IPC call: the message must come from one of our windows, from its main frame
 * (not an iframe), showing a page of our origin. Custom schemes have an opaque origin in the URL standard,
 * so the origin is compared as scheme and host.
 */
export function isTrustedSender(sender: SenderFacts, trusted: TrustedSenders): boolean {
  if (!sender.isMainFrame || sender.frameUrl === null) return false
  if (!trusted.windows.has(sender.webContentsId)) return false
  let url: URL
  try {
    url = new URL(sender.frameUrl)
  } catch {
    return false
  }
  return trusted.origins.includes(`${url.protocol}//${url.host}`)
}

/** What the check knows of a call from the room's window. */
export type PresenterCall = {
  readonly args: ReadonlyArray<unknown>
  /** The meeting the room's window is showing, if any. */
  readonly shownMeeting: string | null
}

/**
 * The presenter window may call only the family-safe channels, and a channel about a meeting only about
 * the meeting it shows; the chair's window may call any.
 */
export function mayCall(
  role: WindowRole,
  channel: string,
  presenterChannels: Readonly<Record<string, 'any' | 'shown-meeting' | undefined>>,
  call: PresenterCall = { args: [], shownMeeting: null },
): boolean {
  if (role === 'main') return true
  const scope = Object.hasOwn(presenterChannels, channel) ? presenterChannels[channel] : undefined
  if (scope === 'any') return true
  if (scope === 'shown-meeting') return call.shownMeeting !== null && call.args[0] === call.shownMeeting
  return false
}
