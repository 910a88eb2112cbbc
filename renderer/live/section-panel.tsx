import type { AgendaSection } from '../../shared/model/agenda.ts'
import { assertNever } from '../../shared/util/assert-never.ts'
import { ChildVoicePanel } from './child-voice-panel.tsx'
import { PlanProgressPanel } from './plan-progress-panel.tsx'
import { ScalingPanel } from './scaling-panel.tsx'

/** What a special section adds to its notes: the child's voice, the safety scale, or progress on the plan. */
export function SectionPanel({ section }: { readonly section: AgendaSection }) {
  switch (section.kind) {
    case 'notes':
      return null
    case 'childs-voice':
      return <ChildVoicePanel />
    case 'scaling':
      return <ScalingPanel />
    case 'plan-progress':
      return <PlanProgressPanel />
    default:
      return assertNever(section.kind, 'section kind')
  }
}
