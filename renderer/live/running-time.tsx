import { visuallyHidden } from '@mui/utils'
import { describeDuration, formatDuration } from '../../shared/rules/agenda-progress.ts'
import { useNow } from '../common/use-now.ts'

type Props = {
  /** Whether the time runs on (the meeting is under way and this is its current part). */
  readonly running: boolean
  /** The time to show, in milliseconds, at a moment. */
  readonly at: (now: Date) => number
  /** Says the time in words to a screen reader ('5 minutes'), rather than as digits. */
  readonly inWords?: boolean
}

/**
 * A time that runs on while the meeting does ('5:09'). It keeps its own clock, so the second's tick draws
 * this text again and nothing around it: drawing the whole agenda each second cost about 4 ms, and a
 * keystroke that came in meanwhile waited for it.
 */
export function RunningTime({ running, at, inWords = false }: Props) {
  const milliseconds = at(useNow(running))
  if (!inWords) return shownDuration(milliseconds)
  return (
    <>
      <span aria-hidden="true">{formatDuration(milliseconds)}</span>
      <span style={visuallyHidden}>{describeDuration(milliseconds)}</span>
    </>
  )
}

/** A time spent as shown beside a part of the agenda: nothing until some time has been spent there. */
export function shownDuration(milliseconds: number): string {
  return milliseconds > 0 ? formatDuration(milliseconds) : ''
}
