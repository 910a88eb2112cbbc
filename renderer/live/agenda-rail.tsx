import { memo } from 'react'
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
import {
  describeDuration,
  formatDuration,
  meetingDuration,
  sectionState,
  timeOnSection,
} from '../../shared/rules/agenda-progress.ts'
import { useNow } from '../common/use-now.ts'

type Props = {
  readonly live: Meeting['live']
  readonly agenda: Meeting['agenda']
  readonly noteCounts: ReadonlyMap<string, number>
  readonly onGoTo: (sectionKey: string) => void
  readonly onStart: () => void
  readonly onEnd: () => void
  readonly onResume: () => void
}

/** The shortcut that jumps to the section at a position: Ctrl+1 … Ctrl+9, then Ctrl+0. */
export function sectionShortcut(index: number): string | null {
  if (index < 9) return `Ctrl+${index + 1}`
  return index === 9 ? 'Ctrl+0' : null
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
  const now = useNow(running)
  const elapsed = meetingDuration({ live }, now)
  return (
    <Paper
      component="nav"
      aria-label="Agenda"
      sx={{ p: 2, position: { md: 'sticky' }, top: { md: 80 }, alignSelf: 'start' }}
    >
      <Box sx={{ mb: 2 }}>
        <Typography variant="overline" color="text.secondary" component="p">
          Meeting time
        </Typography>
        <Typography
          variant="h2"
          component="p"
          sx={{ fontVariantNumeric: 'tabular-nums' }}
          aria-label={`Meeting time: ${describeDuration(elapsed)}`}
        >
          {formatDuration(elapsed)}
        </Typography>
      </Box>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
        {agenda.map((section, index) => {
          const state = sectionState({ live }, section.key)
          const spent = timeOnSection({ live }, section.key, now)
          const shortcut = sectionShortcut(index)
          const count = noteCounts.get(section.key) ?? 0
          return (
            <li key={section.key}>
              <ButtonBase
                onClick={() => onGoTo(section.key)}
                aria-current={state === 'current' ? 'step' : undefined}
                aria-keyshortcuts={shortcut ?? undefined}
                sx={{
                  width: '100%',
                  justifyContent: 'flex-start',
                  textAlign: 'left',
                  gap: 1,
                  px: 1,
                  py: 0.75,
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
                  <Typography variant="body2" sx={{ fontWeight: state === 'current' ? 700 : 500 }}>
                    {section.heading}
                    <Box component="span" sx={visuallyHidden}>
                      {state === 'current'
                        ? ' (current section)'
                        : state === 'covered'
                          ? ' (covered)'
                          : ' (not started)'}
                    </Box>
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {shortcut ?? ''}
                    {count > 0 ? ` · ${count} ${count === 1 ? 'note' : 'notes'}` : ''}
                  </Typography>
                </Box>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {spent > 0 ? formatDuration(spent) : ''}
                </Typography>
              </ButtonBase>
            </li>
          )
        })}
      </Box>
      <Box sx={{ mt: 2 }}>
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
            <Button fullWidth variant="outlined" onClick={onResume}>
              Carry on the meeting
            </Button>
          </>
        )}
      </Box>
    </Paper>
  )
})
