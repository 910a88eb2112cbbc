import type { Meeting } from '../model/meeting.ts'

/** Commands the application menu sends to the window. */
export const menuCommands = ['new-meeting', 'import-meeting', 'show-meetings', 'about'] as const
/** A command from the application menu. */
export type MenuCommand = (typeof menuCommands)[number]

/** Everything main pushes to windows, by event name. */
export type ConveneEvents = {
  /** A meeting was saved durably; every window showing it renders this. */
  readonly 'meeting-changed': { readonly meeting: Meeting }
  /** The list of meetings changed (created, renamed, removed, imported). */
  readonly 'meetings-changed': { readonly reason: 'created' | 'updated' | 'removed' }
  /** The user chose a menu item. */
  readonly 'menu-command': { readonly command: MenuCommand }
}

/** The name of an event main pushes. */
export type EventName = keyof ConveneEvents

/** Every event name, for the preload to subscribe to. */
export const eventNames: ReadonlyArray<EventName> = ['meeting-changed', 'meetings-changed', 'menu-command']
