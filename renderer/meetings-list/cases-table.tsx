import { memo } from 'react'
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
 * due in it. Rows are plain elements styled once by the table (renderer/app/first-screen.css), not a dozen
 * styled components each: the list is the first screen most days, and MUI's table cells, links and chips
 * took longer to draw than the rest of the screen together.
 */
export const CasesTable = memo(function CasesTable({ groups, caption, dueByCase, today, navigate }: Props) {
  const open = (meetingId: string) => navigate({ screen: 'meeting', meetingId, tab: 'setup' })
  return (
    <table className="cases-table" aria-labelledby="meetings-caption">
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
                      // Said with the family: a screen reader's list of buttons has one per case.
                      aria-label={`Case details: ${group.familyName}`}
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
    </table>
  )
})
