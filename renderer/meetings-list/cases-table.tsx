import { memo } from 'react'
import Box from '@mui/material/Box'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { caseStage, meetingStage, type CaseGroup } from '../../shared/meeting/case-groups.ts'
import type { FallingDue } from '../../shared/meeting/falling-due.ts'
import type { Route } from '../app/router.ts'
import { NameList } from '../common/names.tsx'

type Props = {
  readonly groups: ReadonlyArray<CaseGroup>
  readonly caption: string
  /** What falls due in each case, by case id (empty until the dates are worked out). */
  readonly dueByCase: ReadonlyMap<string, ReadonlyArray<FallingDue>>
  readonly today: string
  readonly navigate: (route: Route) => void
}

const noDates: ReadonlyArray<FallingDue> = []

/**
 * The cases as a table, a row each: the family and its children (the family's name opens the newest
 * meeting), its meetings newest first (each opens its meeting), and where the case stands with what falls
 * due in it. Rows are plain elements styled once by the table, not a dozen styled components each: the list
 * is the first screen most days, and MUI's table cells, links and chips took longer to draw than the rest of
 * the screen together.
 */
export const CasesTable = memo(function CasesTable({ groups, caption, dueByCase, today, navigate }: Props) {
  const open = (meetingId: string) => navigate({ screen: 'meeting', meetingId, tab: 'setup' })
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
          verticalAlign: 'top',
          p: 2,
          borderBottom: (theme) =>
            `1px solid ${theme.vars?.palette.TableCell.border ?? theme.palette.divider}`,
        },
        '& th': { fontWeight: 600, color: 'text.primary' },
        // The family and its children read on as few lines as the meetings beside them.
        '& th:first-of-type, & th:last-of-type': { width: '30%' },
        '& tbody tr:last-of-type td': { borderBottom: 0 },
        '& tbody tr:hover': { bgcolor: 'action.hover' },
        '& button': {
          typography: 'body2',
          textAlign: 'left',
          color: 'primary.main',
          textDecoration: 'underline',
          textUnderlineOffset: '0.15em',
          bgcolor: 'transparent',
          border: 0,
          p: 0,
          m: 0,
          cursor: 'pointer',
          // A target at least 24 px high (WCAG 2.2's target size), however the column wraps.
          minHeight: 24,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        },
        '& button.family': { typography: 'body1', fontWeight: 600 },
        '& .quiet': { color: 'text.secondary' },
        '& .case-label': {
          display: 'inline-block',
          mt: 0.5,
          px: 1,
          borderRadius: 3,
          fontSize: '0.8125rem',
          lineHeight: '20px',
          border: 1,
          borderColor: 'text.disabled',
        },
        '& ul': { m: 0, p: 0, listStyle: 'none' },
        '& li + li': { mt: 0.5 },
        '& .due': { fontWeight: 600, color: 'warning.dark', mt: 0.5 },
        '& .due[data-overdue="true"]': { color: 'error.main' },
      }}
    >
      <caption id="meetings-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Family and children</th>
          <th scope="col">Meetings</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => {
          const newest = group.meetings[0]
          return (
            <tr key={group.id}>
              <td>
                <button type="button" className="family" onClick={() => newest && open(newest.id)}>
                  <bdi>{group.familyName}</bdi> family
                </button>
                {group.childNames.length > 0 && (
                  <div className="quiet">
                    <NameList names={group.childNames} />
                  </div>
                )}
                <span className="case-label">{group.caseLabel}</span>
                {newest?.caseId && (
                  <div>
                    <button
                      type="button"
                      onClick={() => newest.caseId && navigate({ screen: 'case', caseId: newest.caseId })}
                    >
                      Case details
                    </button>
                  </div>
                )}
              </td>
              <td>
                <ul>
                  {group.meetings.map((meeting) => (
                    <li key={meeting.id}>
                      <button type="button" onClick={() => open(meeting.id)}>
                        {meeting.kindLabel}, {formatBritishDate(meeting.date)}
                      </button>
                      <span className="quiet"> · {meetingStage(meeting, today)}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <div>{caseStage(group, today)}</div>
                {(dueByCase.get(group.id) ?? noDates).map(({ meeting, date }) => (
                  <div className="due" data-overdue={date.due < today} key={`${meeting.id}:${date.key}`}>
                    {date.label} {date.due < today ? 'was due' : 'due'} by {formatBritishDate(date.due)}
                  </div>
                ))}
              </td>
            </tr>
          )
        })}
      </tbody>
    </Box>
  )
})
