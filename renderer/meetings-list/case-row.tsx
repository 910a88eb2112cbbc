import { memo } from 'react'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { meetingKindLabels } from '../../shared/kinds/registry.ts'
import { caseStage, meetingStage, type CaseGroup } from '../../shared/meeting/case-groups.ts'
import type { FallingDue } from '../../shared/meeting/falling-due.ts'
import type { Route } from '../app/router.ts'

type Props = {
  readonly group: CaseGroup
  /** What falls due in this case, soonest first. */
  readonly due: ReadonlyArray<FallingDue>
  readonly today: string
  readonly navigate: (route: Route) => void
}

/**
 * One case as a row: the family and its children (the family's name opens the newest meeting), its meetings
 * newest first, each opening its meeting, and where the case stands with what falls due in it.
 */
export const CaseRow = memo(function CaseRow({ group, due, today, navigate }: Props) {
  const open = (meetingId: string) => navigate({ screen: 'meeting', meetingId, tab: 'setup' })
  const newest = group.meetings[0]
  return (
    <TableRow hover sx={{ verticalAlign: 'top' }}>
      <TableCell>
        <Link
          component="button"
          variant="body1"
          onClick={() => newest && open(newest.id)}
          sx={{ fontWeight: 600, textAlign: 'left' }}
        >
          <bdi>{group.familyName}</bdi> family
        </Link>
        {group.childNames.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {group.childNames.map((name, index) => (
              <span key={`${name}-${index}`}>
                {index > 0 && ', '}
                <bdi>{name}</bdi>
              </span>
            ))}
          </Typography>
        )}
        <Box sx={{ display: 'flex', gap: 0.5, mt: 0.5, flexWrap: 'wrap' }}>
          <Chip size="small" label={group.caseLabel} variant="outlined" />
          {group.closed && <Chip size="small" label="Case closed" />}
        </Box>
      </TableCell>
      <TableCell>
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {group.meetings.map((meeting) => (
            <li key={meeting.id}>
              <Link
                component="button"
                variant="body2"
                onClick={() => open(meeting.id)}
                sx={{ textAlign: 'left' }}
              >
                {meetingKindLabels[meeting.kind]}, {formatBritishDate(meeting.date)}
              </Link>
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                · {meetingStage(meeting, today)}
              </Typography>
            </li>
          ))}
        </Box>
      </TableCell>
      <TableCell>
        <Typography variant="body2">{caseStage(group, today)}</Typography>
        {due.map(({ meeting, date }) => (
          <Typography
            variant="body2"
            key={`${meeting.id}:${date.key}`}
            sx={{ color: date.due < today ? 'error.main' : 'warning.dark', fontWeight: 600 }}
          >
            {date.label} {date.due < today ? 'was due' : 'due'} by {formatBritishDate(date.due)}
          </Typography>
        ))}
      </TableCell>
    </TableRow>
  )
})
