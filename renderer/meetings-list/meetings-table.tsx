import { memo } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { meetingKindLabels, meetingStatusLabels } from '../../shared/model/meeting-labels.ts'
import type { MeetingListEntry } from '../../shared/model/meeting-summary.ts'
import type { Route } from '../app/router.ts'
import { NameList } from '../common/names.tsx'

type Props = {
  readonly entries: ReadonlyArray<MeetingListEntry>
  readonly caption: string
  readonly navigate: (route: Route) => void
}

/**
 * The meetings as a table. Rows are plain elements styled once by the table, not a dozen styled components
 * each: the list is the first screen most days, and fifty rows of MUI's table cells, links and chips took
 * longer to draw than the rest of the screen together.
 */
export const MeetingsTable = memo(function MeetingsTable({ entries, caption, navigate }: Props) {
  return (
    <Box
      component="table"
      aria-labelledby="meetings-caption"
      sx={{
        width: '100%',
        borderCollapse: 'collapse',
        borderSpacing: 0,
        typography: 'body2',
        '& caption': { captionSide: 'top', textAlign: 'left', p: '12px 16px', color: 'text.secondary' },
        '& th, & td': {
          textAlign: 'left',
          verticalAlign: 'middle',
          p: 2,
          borderBottom: (theme) =>
            `1px solid ${theme.vars?.palette.TableCell.border ?? theme.palette.divider}`,
        },
        '& th': { fontWeight: 600, color: 'text.primary' },
        '& tbody tr:last-of-type td': { borderBottom: 0 },
        '& tbody tr.readable:hover': { bgcolor: 'action.hover' },
        '& .family': {
          typography: 'body1',
          fontWeight: 600,
          textAlign: 'left',
          color: 'primary.main',
          textDecoration: 'underline',
          textUnderlineOffset: '0.15em',
          bgcolor: 'transparent',
          border: 0,
          p: 0,
          m: 0,
          cursor: 'pointer',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        },
        '& .children': { color: 'text.secondary' },
        '& .status': {
          display: 'inline-block',
          px: 1,
          borderRadius: 3,
          fontSize: '0.8125rem',
          lineHeight: '22px',
          whiteSpace: 'nowrap',
          border: 1,
          borderColor: 'transparent',
          bgcolor: 'action.selected',
        },
        '& .status[data-status="in-progress"]': { bgcolor: 'primary.main', color: 'primary.contrastText' },
        '& .status[data-status="ended"]': { bgcolor: 'transparent', borderColor: 'text.disabled' },
      }}
    >
      <caption id="meetings-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Family and children</th>
          <th scope="col">Meeting</th>
          <th scope="col">Date</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) =>
          entry.readable ? (
            <tr key={entry.id} className="readable">
              <td>
                <button
                  type="button"
                  className="family"
                  onClick={() => navigate({ screen: 'meeting', meetingId: entry.id, tab: 'setup' })}
                >
                  <bdi>{entry.familyName}</bdi> family
                </button>
                {entry.childNames.length > 0 && (
                  <div className="children">
                    <NameList names={entry.childNames} />
                  </div>
                )}
              </td>
              <td>{meetingKindLabels[entry.kind]}</td>
              <td>{formatBritishDate(entry.date)}</td>
              <td>
                <span className="status" data-status={entry.status}>
                  {meetingStatusLabels[entry.status]}
                </span>
              </td>
            </tr>
          ) : (
            <tr key={entry.id}>
              <td colSpan={4}>
                <Alert severity="warning" variant="outlined">
                  {entry.problem}
                </Alert>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </Box>
  )
})
