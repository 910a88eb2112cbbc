import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import { addDays } from '../../shared/calendar/working-days.ts'
import { formatBritishDate, formatBritishDateTime, ukDateOf } from '../../shared/dates/british-date.ts'
import { kindInfo, MeetingKindSchema } from '../../shared/kinds/registry.ts'
import { meetingStage } from '../../shared/meeting/case-groups.ts'
import type { CaseView } from '../../shared/meeting/case-view.ts'
import type { Route } from '../app/router.ts'
import { LoadingScreen } from '../app/lazy-screen.tsx'
import { NameList } from '../common/names.tsx'
import { PageHeading } from '../common/page-heading.tsx'
import { FollowOnButton } from '../workspace/follow-on-button.tsx'
import { CaseAbout } from './case-about.tsx'
import { CaseMeasures } from './case-measures.tsx'
import { EndMediation, ResumeMediation } from './end-mediation.tsx'
import { PartyCard } from './party-card.tsx'
import { useCase } from './use-case.ts'
import { SafeguardingButton } from '../safeguarding/safeguarding-button.tsx'
import { CaseConcerns } from './case-concerns.tsx'

/**
 * A case over time, for the chair or mediator alone: its parties with their consent, contact details and
 * what keeps them safe; what it is about; its meetings and what may start next; ending it; and its timeline
 * from the journals. Nothing here is in anything a parent or the administrator receives.
 */
export function CaseScreen({
  caseId,
  concernId,
  navigate,
}: {
  readonly caseId: string
  /** A safeguarding concern to open at once (from the home screen's alert), or null. */
  readonly concernId: string | null
  readonly navigate: (route: Route) => void
}) {
  const { view, problem, apply, reload, unsaved, saveProblem, retry } = useCase(caseId)
  if (problem)
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error">{problem}</Alert>
      </Box>
    )
  if (!view) return <LoadingScreen label="Opening the case" />
  const mediation = view.family === 'mediation'
  const stopped = view.record.withdrawal !== null || view.record.closed !== null
  const today = ukDateOf(new Date())
  return (
    <Box sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 3, maxWidth: 1400 }}>
      <Box>
        <Button
          startIcon={<ArrowBackOutlined />}
          onClick={() => navigate({ screen: 'meetings' })}
          sx={{ mb: 1 }}
        >
          All meetings
        </Button>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <Box sx={{ flex: 1 }}>
            <PageHeading>
              <bdi>{view.familyName}</bdi> family: {view.caseLabel.toLocaleLowerCase('en-GB')} case
            </PageHeading>
          </Box>
          <SafeguardingButton
            key={concernId ?? 'none'}
            caseId={caseId}
            meetingId={null}
            concernId={concernId}
            onClosed={() => {
              reload()
              if (concernId) navigate({ screen: 'case', caseId })
            }}
          />
        </Box>
        {view.childNames.length > 0 && (
          <Typography color="text.secondary">
            Children: <NameList names={view.childNames} />
          </Typography>
        )}
        {view.stage && (
          <Typography sx={{ mt: 1 }} id="case-stage">
            Where it stands: <strong>{view.stage}</strong>
          </Typography>
        )}
      </Box>
      {unsaved > 0 && saveProblem && (
        <Alert
          severity="error"
          role="alert"
          sx={{ position: 'sticky', top: 8, zIndex: 2 }}
          action={
            <Button color="inherit" onClick={() => void retry()}>
              Try again
            </Button>
          }
        >
          {saveProblem}
        </Alert>
      )}
      <Alert severity="info">
        For you alone. Nothing on this screen is in anything a parent, another party or the administrator
        receives.
      </Alert>
      {view.restored && (
        <Alert severity="error">
          The newest save of this case’s own record was damaged, so an earlier one was opened: what was
          recorded last (a consent, a withdrawal, a party’s details) may be missing. The damaged save is kept
          in the data folder’s kept-aside folder. Check the case and record again what is missing; no session
          can be arranged until the record is saved again.
        </Alert>
      )}
      {view.damagedFrom !== null && (
        <Alert severity="error">
          This case’s own record is damaged from change {view.damagedFrom}: what came after it is not shown
          and nothing more can be added to it, except a safeguarding concern (the record then carries on from
          what could be read, and the damaged save is kept aside). Its meetings are not affected. Restore the
          data folder from a backup to recover it.
        </Alert>
      )}
      {view.record.damage && (
        <Alert severity="error">
          {view.record.damage.lostFrom === null
            ? 'None of this case’s own record could be read'
            : `This case’s own record was damaged from change ${view.record.damage.lostFrom}`}
          , so on {formatBritishDateTime(new Date(view.record.damage.at))} it was kept aside in the data
          folder’s kept-aside folder and carried on from what could be read, to record a safeguarding concern.
          What was lost (a consent, a withdrawal, a concern) is not shown, so no session can be arranged.
          Restore the data folder from a backup to recover it.
        </Alert>
      )}
      <CaseMeetings view={view} today={today} navigate={navigate} />
      {mediation && (
        <>
          <Box component="section" aria-labelledby="parties-heading" sx={{ display: 'grid', gap: 2 }}>
            <Typography variant="h2" id="parties-heading">
              The parties
            </Typography>
            {view.parties.length === 0 && (
              <Typography color="text.secondary">
                Add the parents to a MIAM (Before the meeting) and they appear here.
              </Typography>
            )}
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { lg: '1fr 1fr' } }}>
              {view.parties.map((party) => (
                <PartyCard
                  key={party.id}
                  party={party}
                  record={view.record}
                  apply={apply}
                  stopped={stopped}
                />
              ))}
            </Box>
          </Box>
          <CaseAbout record={view.record} apply={(command) => void apply(command)} />
          <CaseMeasures
            record={view.record}
            parties={view.parties}
            apply={(command) => void apply(command)}
          />
          {!stopped && view.record.suspended && (
            <ResumeMediation suspendedOn={view.record.suspended.on} apply={apply} />
          )}
          {!stopped && <EndMediation parties={view.parties} apply={apply} />}
        </>
      )}
      <CaseConcerns view={view} navigate={navigate} />
      <CaseTimeline view={view} navigate={navigate} />
    </Box>
  )
}

/** The case's meetings, each opening its own, and what may start next (or why not yet). */
function CaseMeetings({
  view,
  today,
  navigate,
}: {
  readonly view: CaseView
  readonly today: string
  readonly navigate: (route: Route) => void
}) {
  const newest = view.meetings[0]
  const sessionProblem = view.startProblems['mediation-session']
  return (
    <Paper component="section" aria-labelledby="case-meetings-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="case-meetings-heading" sx={{ mb: 1 }}>
        Meetings
      </Typography>
      <Box component="ul" sx={{ pl: 2.5, mt: 0 }}>
        {view.meetings.map((meeting) => (
          <li key={meeting.id}>
            <Link
              component="button"
              onClick={() => navigate({ screen: 'meeting', meetingId: meeting.id, tab: 'setup' })}
            >
              {meeting.kindLabel}, {formatBritishDate(meeting.date)}
            </Link>
            <Typography component="span" color="text.secondary">
              {' '}
              · {meetingStage(meeting, today)}
            </Typography>
          </li>
        ))}
      </Box>
      {sessionProblem !== undefined &&
        newest &&
        (sessionProblem === null ? (
          <FollowOnButton
            meeting={newest}
            followOn={{
              kind: 'mediation-session',
              label: 'Start a mediation session',
              suggestedDate: addDays(today, 7),
              carried: 'the same people and children; nothing either parent said in private',
            }}
            navigate={navigate}
          />
        ) : (
          <Typography role="status" id="session-not-yet">
            <strong>{kindInfo(MeetingKindSchema.parse('mediation-session')).label}:</strong> {sessionProblem}
          </Typography>
        ))}
    </Paper>
  )
}

/** What happened in the case, oldest first: to the case itself and the milestones of its meetings. */
function CaseTimeline({
  view,
  navigate,
}: {
  readonly view: CaseView
  readonly navigate: (route: Route) => void
}) {
  return (
    <Paper component="section" aria-labelledby="case-timeline-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="case-timeline-heading" sx={{ mb: 1 }}>
        Timeline
      </Typography>
      <Box component="ol" sx={{ pl: 0, listStyle: 'none', m: 0, display: 'grid', gap: 1 }}>
        {view.timeline.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <Typography component="span" color="text.secondary" sx={{ mr: 1 }}>
              {formatBritishDateTime(new Date(entry.at))}
            </Typography>
            {entry.by ? <bdi>{entry.by}</bdi> : 'You'} {entry.what}
            {entry.meeting && (
              <>
                {' '}
                (
                <Link
                  component="button"
                  onClick={() =>
                    entry.meeting &&
                    navigate({ screen: 'meeting', meetingId: entry.meeting.id, tab: 'setup' })
                  }
                >
                  {entry.meeting.label}
                </Link>
                )
              </>
            )}
          </li>
        ))}
      </Box>
    </Paper>
  )
}
