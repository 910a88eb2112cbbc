import { useEffect, useState } from 'react'
import CssBaseline from '@mui/material/CssBaseline'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'
import { ThemeProvider } from '@mui/material/styles'
import type { VaultStatus } from '../../shared/contract/values.ts'
import { assertNever } from '../../shared/util/assert-never.ts'
import { convene, hasConvene, useConveneEvent } from '../api/convene.ts'
import { UnlockScreen } from '../vault/unlock-screen.tsx'
import { MeetingsListScreen } from '../meetings-list/meetings-list-screen.tsx'
import { NewMeetingScreen } from '../new-meeting/new-meeting-screen.tsx'
import { MeetingWorkspaceScreen } from '../workspace/meeting-workspace-screen.tsx'
import { PresenterScreen } from '../presenter/presenter-screen.tsx'
import { SettingsScreen } from '../settings/settings-screen.tsx'
import { AboutDialog } from './about-dialog.tsx'
import { requestImport } from '../meetings-list/import-request.ts'
import { AppShell } from './app-shell.tsx'
import { StoreNotices } from './store-notices.tsx'
import { ErrorBoundary } from './error-boundary.tsx'
import { useRoute, type Route } from './router.ts'
import { theme } from './theme.ts'

/** The whole renderer: theme, the lock screen until the store is open, then the screens. */
export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>{hasConvene() ? <Gate /> : <NotInConvene />}</ErrorBoundary>
    </ThemeProvider>
  )
}

function NotInConvene() {
  return (
    <Box component="main" sx={{ p: 4 }}>
      <Alert severity="error">This page only works inside Convene. Start Convene with npm start.</Alert>
    </Box>
  )
}

function Gate() {
  const [status, setStatus] = useState<VaultStatus | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    void convene()
      .vault.status()
      .then((result) => (result.ok ? setStatus(result.value) : setProblem(result.error.message)))
  }, [])
  if (problem) {
    return (
      <Box component="main" sx={{ p: 4 }}>
        <Alert severity="error">{problem}</Alert>
      </Box>
    )
  }
  if (!status) {
    return (
      <Box
        component="main"
        sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}
        aria-busy="true"
      >
        <CircularProgress aria-label="Starting Convene" />
      </Box>
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
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </AppShell>
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
      return <NewMeetingScreen navigate={navigate} />
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
      return <SettingsScreen />
    case 'presenter':
      return null
    default:
      return assertNever(route, 'route')
  }
}
