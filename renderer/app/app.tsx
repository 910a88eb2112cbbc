import { useEffect, useState } from 'react'
import type { VaultStatus } from '../../shared/contract/values.ts'
import { assertNever } from '../../shared/util/assert-never.ts'
import { ok } from '../../shared/util/result.ts'
import { hasConvene, useConveneEvent } from '../api/convene.ts'
import { UnlockScreen } from '../vault/unlock-screen.tsx'
import { MeetingsListScreen } from '../meetings-list/meetings-list-screen.tsx'
import { requestImport } from '../meetings-list/import-request.ts'
import { AppShell } from './app-shell.tsx'
import { StoreNotices } from './store-notices.tsx'
import { ErrorBoundary } from './error-boundary.tsx'
import { firstStatus } from './first-fetches.ts'
import { lazyScreen, preloadWhenIdle } from './lazy-screen.tsx'
import { afterInteractive } from './ready-mark.ts'
import { formatRoute, useRoute, type Route } from './router.ts'
import { Message, Spinner } from '../plain/plain.tsx'
import { useSafeguardingNotifications } from '../safeguarding/use-safeguarding-due.ts'
import { useLaptopRole } from '../common/use-laptop-role.ts'
import { VerifyDocumentDialog } from '../signing/verify-document-button.tsx'

// The lock screen and the meetings list are the first screens; every other screen is its own chunk,
// fetched when first shown or, once the first screen is interactive, when the browser is idle.
const NewMeetingScreen = lazyScreen(
  () => import('../new-meeting/new-meeting-screen.tsx').then((module) => module.NewMeetingScreen),
  'Opening the new meeting form',
)
const MeetingWorkspaceScreen = lazyScreen(
  () => import('../workspace/meeting-workspace-screen.tsx').then((module) => module.MeetingWorkspaceScreen),
  'Opening the meeting',
)
const PresenterScreen = lazyScreen(
  () => import('../presenter/presenter-screen.tsx').then((module) => module.PresenterScreen),
  'Opening the room view',
)
const CaseScreen = lazyScreen(
  () => import('../case/case-screen.tsx').then((module) => module.CaseScreen),
  'Opening the case',
)
const SettingsScreen = lazyScreen(
  () => import('../settings/settings-screen.tsx').then((module) => module.SettingsScreen),
  'Opening the settings',
)
const DeskRecordScreen = lazyScreen(
  () => import('../handover/desk-record-screen.tsx').then((module) => module.DeskRecordScreen),
  'Opening the record',
)
const OutcomesScreen = lazyScreen(
  () => import('../outcomes/outcomes-screen.tsx').then((module) => module.OutcomesScreen),
  'Opening the outcomes',
)
const AboutDialog = lazyScreen(
  () => import('./about-dialog.tsx').then((module) => module.AboutDialog),
  'Opening About Convene',
)
const workspaceTabs = {
  preload: () =>
    import('../workspace/meeting-workspace-screen.tsx').then((module) => module.preloadWorkspaceTabs()),
}

/**
 * The whole renderer: the lock screen until the store is open, then the screens. `status` is the store's
 * status when the page already knows it (opened on the lock screen drawn before the app loaded). The
 * first screens are plain elements; each other screen brings MUI's theme with it (`lazyScreen`).
 */
export function App({ status = null }: { readonly status?: VaultStatus | null }) {
  return <ErrorBoundary>{hasConvene() ? <Gate known={status} /> : <NotInConvene />}</ErrorBoundary>
}

function NotInConvene() {
  return (
    <main className="plain-page">
      <Message severity="error">This page only works inside Convene. Start Convene with npm start.</Message>
    </main>
  )
}

function Gate({ known }: { readonly known: VaultStatus | null }) {
  // The status was asked for as the page started; it has usually come by now, so the first screen
  // renders at once with no spinner in between.
  const [first] = useState(() => (known ? { now: ok(known), later: null } : firstStatus()))
  const [status, setStatus] = useState<VaultStatus | null>(first.now?.ok ? first.now.value : null)
  const [problem, setProblem] = useState<string | null>(
    first.now && !first.now.ok ? first.now.error.message : null,
  )
  useEffect(() => {
    if (first.now || !first.later) return
    void first
      .later()
      .then((result) => (result.ok ? setStatus(result.value) : setProblem(result.error.message)))
  }, [first])
  if (problem) {
    return (
      <main className="plain-page">
        <Message severity="error">{problem}</Message>
      </main>
    )
  }
  if (!status) {
    return (
      <main className="plain-starting" aria-busy="true">
        <Spinner label="Starting Convene" />
      </main>
    )
  }
  if (status.state !== 'unlocked') return <UnlockScreen status={status} onUnlocked={setStatus} />
  return <Routed />
}

/** The presenter view stands alone, in large type for the room; everything else sits in the app's frame. */
function Routed() {
  const [route, navigate] = useRoute()
  if (route.screen === 'presenter') return <PresenterScreen meetingId={route.meetingId} />
  return <Screens route={route} navigate={navigate} />
}

function Screens({ route, navigate }: { readonly route: Route; readonly navigate: (route: Route) => void }) {
  const [aboutOpen, setAboutOpen] = useState(false)
  useSafeguardingNotifications(formatRoute(route))
  useEffect(
    () =>
      afterInteractive(() =>
        preloadWhenIdle([
          MeetingWorkspaceScreen,
          workspaceTabs,
          NewMeetingScreen,
          SettingsScreen,
          VerifyDocumentDialog,
        ]),
      ),
    [],
  )
  useConveneEvent('menu-command', ({ command }) => {
    if (command === 'new-meeting') navigate({ screen: 'new-meeting' })
    else if (command === 'show-meetings' || command === 'import-meeting') {
      navigate({ screen: 'meetings' })
      if (command === 'import-meeting') requestImport()
    } else if (command === 'about') setAboutOpen(true)
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'n'
      ) {
        event.preventDefault()
        navigate({ screen: 'new-meeting' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])
  return (
    <AppShell route={route} navigate={navigate}>
      <StoreNotices />
      <CurrentScreen route={route} navigate={navigate} />
      {aboutOpen && <AboutDialog open onClose={() => setAboutOpen(false)} />}
    </AppShell>
  )
}

/** New meeting, except on an administrator's or a service lead's laptop, which holds no meetings of its own. */
function NewMeetingRoute({ navigate }: { readonly navigate: (route: Route) => void }) {
  const role = useLaptopRole()
  return role === 'administrator' || role === 'service-lead' ? (
    <MeetingsListScreen navigate={navigate} />
  ) : (
    <NewMeetingScreen navigate={navigate} />
  )
}

function CurrentScreen({
  route,
  navigate,
}: {
  readonly route: Route
  readonly navigate: (route: Route) => void
}) {
  switch (route.screen) {
    case 'meetings':
      return <MeetingsListScreen navigate={navigate} />
    case 'new-meeting':
      return <NewMeetingRoute navigate={navigate} />
    case 'meeting':
      return (
        <MeetingWorkspaceScreen
          key={route.meetingId}
          meetingId={route.meetingId}
          tab={route.tab}
          navigate={navigate}
        />
      )
    case 'settings':
      return <SettingsScreen section={route.section ?? null} />
    case 'case':
      return (
        <CaseScreen
          key={route.caseId}
          caseId={route.caseId}
          concernId={route.concernId ?? null}
          navigate={navigate}
        />
      )
    case 'outcomes':
      return <OutcomesScreen />
    case 'desk':
      return <DeskRecordScreen key={route.handoverId} handoverId={route.handoverId} navigate={navigate} />
    case 'presenter':
      return null
    default:
      return assertNever(route, 'route')
  }
}
