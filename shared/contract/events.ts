import type { ProjectedMeeting } from '../meeting/project.ts'
import type { CouncilSettings } from '../settings/settings.ts'

/** Commands the application menu sends to the window. */
export const menuCommands = ['new-meeting', 'import-meeting', 'show-meetings', 'about'] as const
/** A command from the application menu. */
export type MenuCommand = (typeof menuCommands)[number]

/** Everything main pushes to windows, by event name. */
export type ConveneEvents = {
  /**
   * A meeting was saved durably. Only its identity and revision travel: the window that made the change
   * already has the meeting in its reply, and any other window showing it fetches it when behind.
   */
  readonly 'meeting-changed': { readonly meetingId: string; readonly revision: number }
  /** The list of meetings changed (created, renamed, removed, imported). */
  readonly 'meetings-changed': { readonly reason: 'created' | 'updated' | 'removed' }
  /** The user chose a menu item. */
  readonly 'menu-command': { readonly command: MenuCommand }
  /** The council's settings were saved. */
  readonly 'settings-changed': { readonly settings: CouncilSettings }
  /**
   * A meeting changed, as the room may see it (the family's projection): the only meeting event a presenter
   * window receives, and only for the meeting it shows.
   */
  readonly 'room-view-changed': { readonly view: ProjectedMeeting }
  /** The presenter window was closed (by the chair, or by closing the window itself). */
  readonly 'presenter-closed': { readonly meetingId: string | null }
}

/** The name of an event main pushes. */
export type EventName = keyof ConveneEvents

/** Every event name, for the preload to subscribe to. */
export const eventNames: ReadonlyArray<EventName> = [
  'meeting-changed',
  'meetings-changed',
  'menu-command',
  'settings-changed',
  'room-view-changed',
  'presenter-closed',
]

/**
 * A window that hears events: the chair's ('main'), or the room's ('presenter') showing one meeting (or
 * none yet).
 */
export type EventListenerWindow =
  { readonly role: 'main' } | { readonly role: 'presenter'; readonly meetingId: string | null }

/** Which windows hear each event: the chair's ('main') or the room's ('presenter'). */
export const eventAudience: Readonly<Record<EventName, 'main' | 'presenter'>> = {
  'meeting-changed': 'main',
  'meetings-changed': 'main',
  'menu-command': 'main',
  'settings-changed': 'main',
  'room-view-changed': 'presenter',
  'presenter-closed': 'main',
}

/**
 * Whether a window hears an event. The room's window hears only the room's view of the meeting it shows:
 * never another meeting's, never anything meant for the chair. Both transports (Electron's windows and the
 * test host's event streams) ask this, so the rule is written once.
 */
export function hears<E extends EventName>(
  window: EventListenerWindow,
  event: E,
  payload: ConveneEvents[E],
): boolean {
  if (eventAudience[event] !== window.role) return false
  if (window.role === 'main') return true
  const view = (payload as Partial<ConveneEvents['room-view-changed']>).view
  return view !== undefined && view.meeting.id === window.meetingId
}
