import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import type { DeskDate } from '../../shared/handover/desk-due.ts'

/** A table's look on the desk: rows ruled, text at the top of each cell. */
export const deskTableSx = {
  width: '100%',
  borderCollapse: 'collapse',
  '& caption': { textAlign: 'left', captionSide: 'top', pb: 1, color: 'text.secondary' },
  '& th, & td': { textAlign: 'left', p: 1, borderBottom: 1, borderColor: 'divider', verticalAlign: 'top' },
} as const

/** The dates a record owes: what, by when, and where each stands. */
export function DueDatesTable({
  dates,
  caption,
}: {
  readonly dates: ReadonlyArray<DeskDate>
  readonly caption: string
}) {
  return (
    <Box component="table" sx={deskTableSx}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Due by</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {dates.map((date) => (
          <tr key={date.key}>
            <td>{date.label}</td>
            <td>{formatBritishDate(date.due)}</td>
            <td>
              <Chip
                size="small"
                color={date.done ? 'success' : date.overdue ? 'error' : date.dueToday ? 'warning' : 'default'}
                label={date.words}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </Box>
  )
}
