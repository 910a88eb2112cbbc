import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Skeleton from '@mui/material/Skeleton'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import { memo, useEffect } from 'react'
import { PageHeading } from '../common/page-heading.tsx'
import { markInteractive } from '../app/ready-mark.ts'
import type { Route, WorkspaceTab } from '../app/router.ts'
import { MeetingProvider } from '../meeting/meeting-context.tsx'
import { SetupTab } from '../setup/setup-tab.tsx'
import { LiveTab } from '../live/live-tab.tsx'
import { LanguageToolsProvider } from '../language/language-tools.tsx'
import { LanguageTab } from '../language/language-tab.tsx'
import { DecisionTab } from '../decision/decision-tab.tsx'
import { WorkspaceHeader } from './workspace-header.tsx'
import { useMeeting } from './use-meeting.ts'

type Props = {
  readonly meetingId: string
  readonly tab: WorkspaceTab
  readonly navigate: (route: Route) => void
}

/** One meeting: set it up beforehand, run it live, then check the record's language. */
export function MeetingWorkspaceScreen({ meetingId, tab, navigate }: Props) {
  const { meeting, recovery, problem, accept } = useMeeting(meetingId)
  useEffect(() => {
    if (meeting) markInteractive()
  }, [meeting])
  if (problem) {
    return (
      <>
        <PageHeading>This meeting cannot be opened</PageHeading>
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem}
        </Alert>
        <Button onClick={() => navigate({ screen: 'meetings' })}>Back to meetings</Button>
      </>
    )
  }
  if (!meeting) {
    return (
      <Box aria-busy="true" aria-label="Opening the meeting">
        <Skeleton variant="text" height={56} width="50%" />
        <Skeleton variant="rounded" height={240} />
      </Box>
    )
  }
  return (
    <MeetingProvider key={meeting.id} meeting={meeting} recovery={recovery} accept={accept}>
      <WorkspaceHeader navigate={navigate} compact={tab === 'live'} />
      <WorkspaceTabs meetingId={meetingId} tab={tab} navigate={navigate} />
      <Box role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <LanguageToolsProvider>
          {tab === 'setup' ? (
            <SetupTab />
          ) : tab === 'live' ? (
            <LiveTab />
          ) : tab === 'decision' ? (
            <DecisionTab navigate={navigate} />
          ) : (
            <LanguageTab />
          )}
        </LanguageToolsProvider>
      </Box>
    </MeetingProvider>
  )
}

/**
 * The tabs, memoised: MUI's Tabs measures its indicator after every render, which forces a layout of
 * the whole page, so they must not redraw when the meeting is saved.
 */
const WorkspaceTabs = memo(function WorkspaceTabs({ meetingId, tab, navigate }: Props) {
  return (
    <Tabs
      value={tab}
      onChange={(_event, next: WorkspaceTab) => navigate({ screen: 'meeting', meetingId, tab: next })}
      aria-label="Parts of the meeting"
      sx={{ mb: tab === 'live' ? 1.5 : 3, borderBottom: 1, borderColor: 'divider' }}
    >
      <Tab value="setup" label="Before the meeting" id="tab-setup" aria-controls="panel-setup" />
      <Tab value="live" label="In the meeting" id="tab-live" aria-controls="panel-live" />
      <Tab value="decision" label="Decision and plan" id="tab-decision" aria-controls="panel-decision" />
      <Tab value="language" label="Language check" id="tab-language" aria-controls="panel-language" />
    </Tabs>
  )
})
