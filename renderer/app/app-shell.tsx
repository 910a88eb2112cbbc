import type { ReactNode } from 'react'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Toolbar from '@mui/material/Toolbar'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import InsightsOutlined from '@mui/icons-material/InsightsOutlined'
import SettingsOutlined from '@mui/icons-material/SettingsOutlined'
import type { Route } from './router.ts'
import { useLaptopRole } from '../common/use-laptop-role.ts'

type Props = {
  readonly route: Route
  readonly navigate: (route: Route) => void
  readonly children: ReactNode
}

/** The frame around every screen: a skip link, the bar with the app's name and main actions, and <main>. */
export function AppShell({ route, navigate, children }: Props) {
  // An administrator's laptop has the desk, a service lead's the outcomes: no meetings of its own to start.
  const role = useLaptopRole()
  const holdsMeetings = role !== 'administrator' && role !== 'service-lead'
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Link
        href="#main-content"
        onClick={(event) => {
          event.preventDefault()
          document.getElementById('main-content')?.focus()
        }}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          bgcolor: 'background.paper',
          p: 1,
          borderRadius: 1,
          '&:focus': { top: 8 },
        }}
      >
        Skip to main content
      </Link>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        <Toolbar component="nav" aria-label="Main" sx={{ gap: 2 }}>
          <Typography variant="h6" component="p" sx={{ fontWeight: 700, letterSpacing: 0.2 }}>
            Convene
          </Typography>
          <Chip label="OFFICIAL-SENSITIVE" size="small" variant="outlined" sx={{ fontWeight: 600 }} />
          <Box sx={{ flexGrow: 1 }} />
          <Button
            id="nav-meetings"
            color="inherit"
            aria-current={route.screen === 'meetings' ? 'page' : undefined}
            onClick={() => navigate({ screen: 'meetings' })}
          >
            {role === 'administrator' ? 'Desk' : role === 'service-lead' ? 'Outcomes' : 'Meetings'}
          </Button>
          {holdsMeetings && (
            <Button
              id="nav-outcomes"
              color="inherit"
              startIcon={<InsightsOutlined />}
              aria-current={route.screen === 'outcomes' ? 'page' : undefined}
              onClick={() => navigate({ screen: 'outcomes' })}
            >
              Outcomes
            </Button>
          )}
          <Button
            id="nav-settings"
            color="inherit"
            startIcon={<SettingsOutlined />}
            aria-current={route.screen === 'settings' ? 'page' : undefined}
            onClick={() => navigate({ screen: 'settings' })}
          >
            Settings
          </Button>
          {holdsMeetings && (
            <Button
              id="nav-new-meeting"
              variant="contained"
              startIcon={<Add />}
              onClick={() => navigate({ screen: 'new-meeting' })}
            >
              New meeting
            </Button>
          )}
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        id="main-content"
        tabIndex={-1}
        sx={{
          outline: 'none',
          mx: 'auto',
          px: { xs: 2, md: 4 },
          // The live meeting uses the whole window, however wide; the home has a column for what needs
          // attention beside the list; other screens read best in a column.
          ...(route.screen === 'meeting' && route.tab === 'live'
            ? { maxWidth: 'none', pt: 1.5, pb: 1.5 }
            : { maxWidth: route.screen === 'meetings' ? 1480 : 1200, py: 4 }),
        }}
      >
        {children}
      </Box>
    </Box>
  )
}
