import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
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
import { LanguageToolsProvider } from '../language/language-tools.tsx'
import { lazyScreen } from '../app/lazy-screen.tsx'
import { kindInfo } from '../../shared/kinds/registry.ts'
import { previewNotice } from '../../shared/kinds/offers.ts'
import { assertNever } from '../../shared/util/assert-never.ts'
import { WorkspaceHeader } from './workspace-header.tsx'
import { useMeeting } from './use-meeting.ts'

// Each tab is its own chunk: opening a meeting fetches only the tab it opens on.
const SetupTab = lazyScreen(
  () => import('../setup/setup-tab.tsx').then((module) => module.SetupTab),
  'Opening Before the meeting',
)
const LiveTab = lazyScreen(
  () => import('../live/live-tab.tsx').then((module) => module.LiveTab),
  'Opening In the meeting',
)
const DecisionTab = lazyScreen(
  () => import('../decision/decision-tab.tsx').then((module) => module.DecisionTab),
  'Opening Decision and plan',
)
const ScreeningTab = lazyScreen(
  () => import('../mediation/screening-tab.tsx').then((module) => module.ScreeningTab),
  'Opening Screening and suitability',
)
const AgreementTab = lazyScreen(
  () => import('../mediation/agreement-tab.tsx').then((module) => module.AgreementTab),
  'Opening the agreement',
)
const LanguageTab = lazyScreen(
  () => import('../language/language-tab.tsx').then((module) => module.LanguageTab),
  'Opening Language check',
)

/** Fetches every tab's code, so switching tabs never waits for it. */
export function preloadWorkspaceTabs(): Promise<unknown> {
  return Promise.all(
    [SetupTab, ScreeningTab, LiveTab, DecisionTab, AgreementTab, LanguageTab].map((tab) => tab.preload()),
  )
}

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
  // Each kind shows its own tabs; an address naming a tab the kind does not have opens its first.
  const tabs = kindInfo(meeting.kind).tabs
  const shown = tabs.includes(tab) ? tab : (tabs[0] ?? 'setup')
  const preview = previewNotice(meeting.kind)
  return (
    <MeetingProvider key={meeting.id} meeting={meeting} recovery={recovery} accept={accept}>
      <WorkspaceHeader navigate={navigate} compact={shown === 'live'} />
      {preview && shown !== 'live' && (
        // Not on the live tab, whose every line is for the meeting itself; it offers no room view there.
        <Alert severity="info" sx={{ mb: 2 }} id="kind-preview">
          <AlertTitle>A preview</AlertTitle>
          {preview}
        </Alert>
      )}
      <WorkspaceTabs meetingId={meetingId} tab={shown} tabs={tabs} navigate={navigate} />
      <Box role="tabpanel" id={`panel-${shown}`} aria-labelledby={`tab-${shown}`}>
        <LanguageToolsProvider>
          <TabContent tab={shown} navigate={navigate} />
        </LanguageToolsProvider>
      </Box>
    </MeetingProvider>
  )
}

function TabContent({
  tab,
  navigate,
}: {
  readonly tab: WorkspaceTab
  readonly navigate: (route: Route) => void
}) {
  switch (tab) {
    case 'setup':
      return <SetupTab />
    case 'screening':
      return <ScreeningTab />
    case 'live':
      return <LiveTab />
    case 'decision':
      return <DecisionTab navigate={navigate} />
    case 'agreement':
      return <AgreementTab />
    case 'language':
      return <LanguageTab />
    default:
      return assertNever(tab, 'workspace tab')
  }
}

const tabLabels: Readonly<Record<WorkspaceTab, string>> = {
  setup: 'Before the meeting',
  screening: 'Screening and suitability',
  live: 'In the meeting',
  decision: 'Decision and plan',
  agreement: 'Agreement',
  language: 'Language check',
}

/**
 * The tabs, memoised: MUI's Tabs measures its indicator after every render, which forces a layout of
 * the whole page, so they must not redraw when the meeting is saved.
 */
const WorkspaceTabs = memo(function WorkspaceTabs({
  meetingId,
  tab,
  tabs,
  navigate,
}: Props & { readonly tabs: ReadonlyArray<WorkspaceTab> }) {
  return (
    <Tabs
      value={tab}
      onChange={(_event, next: WorkspaceTab) => navigate({ screen: 'meeting', meetingId, tab: next })}
      aria-label="Parts of the meeting"
      sx={{ mb: tab === 'live' ? 1.5 : 3, borderBottom: 1, borderColor: 'divider' }}
    >
      {tabs.map((name) => (
        <Tab
          key={name}
          value={name}
          label={tabLabels[name]}
          id={`tab-${name}`}
          aria-controls={`panel-${name}`}
        />
      ))}
    </Tabs>
  )
})
