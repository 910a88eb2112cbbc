import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { bundledCalendar } from '../../shared/calendar/bank-holidays.ts'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { calculatedDateNote } from '../../shared/calendar/working-days.ts'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import type { MeetingDates } from '../../shared/kinds/conference/decision.ts'
import { conferenceFacts } from '../../shared/kinds/conference/rules/conference-facts.ts'
import { countdown, isDue, keyDates, type KeyDate } from '../../shared/kinds/conference/rules/timescales.ts'
import { rulesFor } from '../../shared/kinds/conference/conference-kinds.ts'
import { decides } from '../../shared/kinds/conference/rules/decision.ts'
import { defaultTimescales } from '../../shared/kinds/conference/timescale-settings.ts'
import { keyDateStatus } from '../../shared/kinds/conference/rules/key-date-status.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'

/** The date a key date is met by, where the chair sets one here. */
const settable: Partial<Record<KeyDate['key'], { field: keyof MeetingDates; label: string }>> = {
  'first-core-group': { field: 'firstCoreGroup', label: 'Arranged for' },
  'first-review': { field: 'nextReview', label: 'Arranged for' },
  'next-review': { field: 'nextReview', label: 'Arranged for' },
  'minutes-distributed': { field: 'minutesSent', label: 'Sent on' },
}

/**
 * The statutory dates this conference sets, each with its countdown in working days, and the next meetings
 * as the chair arranges them. Where the ICPC is concerned, the strategy discussion's date starts the clock.
 */
export function KeyDatesSection() {
  const { meeting, send } = useConferenceContext()
  const settings = useSettings()
  const calendar = settings ? councilCalendar(settings) : bundledCalendar()
  const today = ukDateOf(new Date())
  const dates = keyDates(
    { kind: meeting.kind, date: meeting.date, status: meeting.status, facts: conferenceFacts(meeting) },
    settings?.timescales ?? defaultTimescales(),
    calendar,
  )
  const setDate = (patch: Partial<MeetingDates>): void => void send({ type: 'set-dates', patch })
  if (!decides(meeting.kind)) return null
  return (
    <Paper component="section" aria-labelledby="key-dates" sx={{ p: 3 }} id="key-dates-section">
      <Typography variant="h2" id="key-dates" tabIndex={-1} sx={{ mb: 1 }}>
        Dates and timescales
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Working days skip weekends and bank holidays. The timescales are in Settings.
      </Typography>
      {rulesFor(meeting.kind).dueFromStrategyDiscussion && (
        <Box sx={{ maxWidth: 360, mb: 2 }}>
          <BritishDateField
            id="strategy-discussion"
            label="Strategy discussion held on"
            value={meeting.record.dates.strategyDiscussion}
            onChange={(strategyDiscussion) => setDate({ strategyDiscussion })}
          />
        </Box>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="key-dates">
          <TableHead>
            <TableRow>
              <TableCell>What</TableCell>
              <TableCell>Due by</TableCell>
              <TableCell>When</TableCell>
              <TableCell sx={{ minWidth: 200 }}>Arranged or done</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {dates.map((date) => {
              const field = settable[date.key]
              const icpcLate = date.key === 'icpc-due' && meeting.date > date.due
              const open = field ? meeting.record.dates[field.field] === null : date.key !== 'icpc-due'
              return (
                <TableRow key={date.key}>
                  <TableCell component="th" scope="row">
                    {date.label}
                    <Typography variant="body2" color="text.secondary">
                      {date.basis}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {formatBritishDate(date.due)}
                    {date.calculated && (
                      <Typography variant="body2" color="warning.main">
                        {calculatedDateNote}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell
                    sx={{ color: open && isDue(date.due, today) ? 'error.main' : undefined, fontWeight: 600 }}
                  >
                    {date.key === 'icpc-due'
                      ? icpcLate
                        ? `This conference is ${formatBritishDate(meeting.date)}: after the deadline`
                        : `This conference is ${formatBritishDate(meeting.date)}: in time`
                      : open
                        ? countdown(date.due, today, calendar)
                        : keyDateStatus(date, today)}
                  </TableCell>
                  <TableCell>
                    {field && (
                      <BritishDateField
                        id={`date-${date.key}`}
                        label={field.label}
                        value={meeting.record.dates[field.field]}
                        onChange={(value) => setDate({ [field.field]: value })}
                      />
                    )}
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </Box>
    </Paper>
  )
}
