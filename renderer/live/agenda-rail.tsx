import { memo, useEffect, useRef } from 'react'
import Box from '@mui/material/Box'
import { visuallyHidden } from '@mui/utils'
import Button from '@mui/material/Button'
import ButtonBase from '@mui/material/ButtonBase'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import CheckCircle from '@mui/icons-material/CheckCircle'
import PlayCircleFilled from '@mui/icons-material/PlayCircleFilled'
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { meetingDuration, sectionState, timeOnSection } from '../../shared/rules/agenda-progress.ts'
import { RunningTime, shownDuration } from './running-time.tsx'
import { sectionShortcut } from '../common/shortcuts.ts'
import { useScrollWhenNeeded } from './use-scroll-when-needed.ts'

type Props = {
  readonly live: Meeting['live']
  readonly agenda: Meeting['agenda']
  readonly noteCounts: ReadonlyMap<string, number>
  readonly onGoTo: (sectionKey: string) => void
  readonly onStart: () => void
  readonly onEnd: () => void
  /** Null once the minutes are signed: a signed record takes no more of the meeting. */
  readonly onResume: (() => void) | null
}

/** The agenda: every section with its state and time spent, the meeting's clock, and start and end. */
export const AgendaRail = memo(function AgendaRail({
  live,
  agenda,
  noteCounts,
  onGoTo,
  onStart,
  onEnd,
  onResume,
}: Props) {
  const running = live.startedAt !== null && live.endedAt === null
  // The current section stays in view when the agenda is longer than the screen.
  const rail = useRef<HTMLElement>(null)
  const foot = useRef<HTMLDivElement>(null)
  useScrollWhenNeeded(rail)
  useEffect(() => {
    const container = rail.current
    const item = container?.querySelector<HTMLElement>('[aria-current="step"]')
    if (!container || !item) return
    const top = item.offsetTop - container.offsetTop
    // Above the foot of the rail (Start, End), which stays in sight over the agenda.
    const seen = container.clientHeight - (foot.current?.offsetHeight ?? 0)
    if (top < container.scrollTop) container.scrollTop = top
    else if (top + item.offsetHeight > container.scrollTop + seen)
      container.scrollTop = top + item.offsetHeight - seen
  }, [live.currentSectionKey])
  return (
    <Paper
      ref={rail}
      component="nav"
      aria-label="Agenda"
      // As tall as the meeting's screen, scrolling on its own when the agenda is longer.
      sx={{ p: 1.5, minHeight: 0 }}
    >
      <Box sx={{ mb: 1, px: 1, display: 'flex', alignItems: 'baseline', justifyContent: 'space-between' }}>
        <Typography variant="overline" color="text.secondary" component="p">
          Meeting time
        </Typography>
        <Typography
          variant="h2"
          component="p"
          sx={{ fontVariantNumeric: 'tabular-nums', fontSize: '1.5rem' }}
        >
          <RunningTime running={running} at={(now) => meetingDuration({ live }, now)} inWords />
        </Typography>
      </Box>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.25 }}>
        {agenda.map((section, index) => {
          const state = sectionState({ live }, section.key)
          const shortcut = sectionShortcut(index)
          const count = noteCounts.get(section.key) ?? 0
          return (
            <li key={section.key}>
              <ButtonBase
                onClick={() => onGoTo(section.key)}
                aria-current={state === 'current' ? 'step' : undefined}
                aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control') ?? undefined}
                sx={{
                  width: '100%',
                  justifyContent: 'flex-start',
                  textAlign: 'left',
                  gap: 1,
                  px: 1,
                  py: 0.25,
                  borderRadius: 1,
                  bgcolor: state === 'current' ? 'action.selected' : 'transparent',
                  '&:hover': { bgcolor: 'action.hover' },
                  '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main' },
                }}
              >
                {state === 'current' ? (
                  <PlayCircleFilled color="primary" fontSize="small" aria-hidden />
                ) : state === 'covered' ? (
                  <CheckCircle color="success" fontSize="small" aria-hidden />
                ) : (
                  <RadioButtonUnchecked color="disabled" fontSize="small" aria-hidden />
                )}
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Typography
                    variant="body2"
                    sx={{ fontWeight: state === 'current' ? 700 : 500, lineHeight: 1.3 }}
                  >
                    {section.heading}
                    <Box component="span" sx={visuallyHidden}>
                      {state === 'current'
                        ? ' (current section)'
                        : state === 'covered'
                          ? ' (covered)'
                          : ' (not started)'}
                    </Box>
                  </Typography>
                  <Typography variant="caption" color="text.secondary" sx={{ lineHeight: 1.3 }}>
                    {shortcut ?? ''}
                    {count > 0 ? ` · ${count} ${count === 1 ? 'note' : 'notes'}` : ''}
                  </Typography>
                </Box>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {state === 'current' ? (
                    <RunningTime running={running} at={(now) => timeOnSection({ live }, section.key, now)} />
                  ) : (
                    shownDuration(timeOnSection({ live }, section.key, new Date()))
                  )}
                </Typography>
              </ButtonBase>
            </li>
          )
        })}
      </Box>
      {/* Always in sight at the foot of the rail, however long the agenda: starting, ending and carrying
          on are never scrolled half out of view. */}
      <Box
        ref={foot}
        sx={{
          position: 'sticky',
          // Over the rail's own padding below it, which the agenda would otherwise show through.
          bottom: -12,
          mt: 1.5,
          mx: -1.5,
          px: 1.5,
          pt: 1,
          pb: 1.5,
          bgcolor: 'background.paper',
          backgroundImage: 'inherit',
        }}
      >
        {live.startedAt === null && (
          <Button fullWidth variant="contained" onClick={onStart} id="start-meeting">
            Start the meeting
          </Button>
        )}
        {running && (
          <Button fullWidth variant="outlined" onClick={onEnd} id="end-meeting">
            End the meeting
          </Button>
        )}
        {live.endedAt !== null && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              The meeting has ended.
            </Typography>
            {onResume && (
              <Button fullWidth variant="outlined" onClick={onResume}>
                Carry on the meeting
              </Button>
            )}
          </>
        )}
      </Box>
    </Paper>
  )
})
