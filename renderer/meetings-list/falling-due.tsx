import { useEffect, useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { calculatedDateNote } from '../../shared/calendar/working-days.ts'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { fallingDue, type FallingDue as FallingDueItem } from '../../shared/meeting/falling-due.ts'
import type { ListedMeeting } from '../../shared/meeting/meeting-summary.ts'
import { countdown } from '../../shared/kinds/conference/rules/timescales.ts'
import type { Route } from '../app/router.ts'
import { useSettings } from '../settings/use-settings.ts'

const none: ReadonlyArray<FallingDueItem> = []
/** The soonest dates shown at first: each case's row in the list says what falls due in it too. */
const firstShown = 5

/**
 * The statutory dates across every case that are overdue or due in the next two weeks and not yet done:
 * decisions to send, core groups and reviews to arrange, minutes to send. Each links to its meeting. What it
 * finds is passed on (`onDue`, once it is known), so each case's row can say what falls due in it. Its own chunk: it needs the
 * kinds' rules, the calendar and the council's settings, which the list itself does not.
 */
export function FallingDue({
  meetings,
  today,
  navigate,
  onDue,
}: {
  readonly meetings: ReadonlyArray<ListedMeeting>
  readonly today: string
  readonly navigate: (route: Route) => void
  readonly onDue: (due: ReadonlyArray<FallingDueItem>) => void
}) {
  const settings = useSettings()
  const calendar = useMemo(() => (settings ? councilCalendar(settings) : null), [settings])
  const due = useMemo(
    () =>
      settings && calendar
        ? fallingDue(meetings, { calendar, timescales: settings.timescales }, today)
        : none,
    [meetings, settings, calendar, today],
  )
  // Told only once the calendar and settings are in hand: an empty list before then means 'not yet known'.
  useEffect(() => {
    if (calendar) onDue(due)
  }, [calendar, due, onDue])
  // The soonest first, the rest on asking: hundreds of links before the list would keep a keyboard user
  // (and, on a narrow window, everyone) from the list.
  const [all, setAll] = useState(false)
  if (!calendar || due.length === 0) return null
  const shown = all ? due : due.slice(0, firstShown)
  return (
    <Paper component="section" aria-labelledby="falling-due-heading" sx={{ p: 2.5 }}>
      <Typography variant="h2" id="falling-due-heading" sx={{ mb: 1 }}>
        Dates falling due
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {shown.map(({ meeting, date }) => {
          const overdue = date.due < today
          return (
            <Box component="li" key={`${meeting.id}:${date.key}`} sx={{ mb: 0.5 }}>
              <Typography
                component="span"
                sx={{ fontWeight: 600, color: overdue ? 'error.main' : undefined }}
              >
                {countdown(date.due, today, calendar)}
              </Typography>{' '}
              ({formatBritishDate(date.due)}
              {date.calculated ? `, ${calculatedDateNote}` : ''}): {date.label.toLocaleLowerCase('en-GB')} for
              the{' '}
              <Link
                component="button"
                type="button"
                onClick={() => navigate({ screen: 'meeting', meetingId: meeting.id, tab: 'decision' })}
              >
                <bdi>{meeting.familyName}</bdi> family ({formatBritishDate(meeting.date)})
              </Link>
            </Box>
          )
        })}
      </Box>
      {due.length > firstShown && (
        <Button onClick={() => setAll((showing) => !showing)} aria-expanded={all} sx={{ mt: 1 }}>
          {all ? `Show the first ${firstShown}` : `Show all ${due.length.toLocaleString('en-GB')}`}
        </Button>
      )}
    </Paper>
  )
}
