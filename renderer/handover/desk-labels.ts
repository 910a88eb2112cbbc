import type { DeskStatus } from '../../shared/handover/desk-log.ts'
import { deskStatusLabels } from '../../shared/handover/desk-log.ts'
import { MeetingKindSchema } from '../../shared/meeting/meeting.ts'
import { kindInfo } from '../../shared/kinds/registry.ts'

/** A meeting kind as the desk names it, whatever a handover carried. */
export function kindLabel(kind: string): string {
  const parsed = MeetingKindSchema.safeParse(kind)
  return parsed.success ? kindInfo(parsed.data).label : kind
}

/** A status's colour on the desk: what needs the administrator first. */
export function statusColour(status: DeskStatus): 'warning' | 'success' | 'default' | 'primary' {
  switch (status) {
    case 'correction-open':
      return 'warning'
    case 'sent':
      return 'success'
    case 'replaced':
      return 'default'
    case 'to-send':
      return 'primary'
    default:
      return 'default'
  }
}

export { deskStatusLabels }
