import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { calculatedDateNote } from '../../shared/calendar/working-days.ts'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import type { MeetingListEntry, MeetingSummary } from '../../shared/model/meeting-summary.ts'
import { fallingDue } from '../../shared/rules/falling-due.ts'
import { countdown } from '../../shared/rules/timescales.ts'
import type { Route } from '../app/router.ts'
import { useSettings } from '../settings/use-settings.ts'

/**
 * The statutory dates across every meeting that are overdue or due in the next two weeks and not yet done:
 * decisions to send, core groups and reviews to arrange, minutes to send. Each links to its meeting.
 */
export function FallingDue({
  meetings,
  navigate,
}: {
  readonly meetings: ReadonlyArray<MeetingListEntry>
  readonly navigate: (route: Route) => void
}) {
  const settings = useSettings()
  if (!settings) return null
  const calendar = councilCalendar(settings)
  const today = ukDateOf(new Date())
  const readable = meetings.filter((entry): entry is MeetingSummary & { readable: true } => entry.readable)
  const due = fallingDue(readable, settings.timescales, calendar, today)
  if (due.length === 0) return null
  return (
    <Paper component="section" aria-labelledby="falling-due-heading" sx={{ p: 2.5, mb: 3 }}>
      <Typography variant="h2" id="falling-due-heading" sx={{ mb: 1 }}>
        Dates falling due
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {due.map(({ meeting, date }) => {
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
    </Paper>
  )
}
