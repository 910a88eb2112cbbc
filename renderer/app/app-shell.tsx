import type { ReactNode } from 'react'
import type { Route } from './router.ts'
import { useLaptopRole } from '../common/use-laptop-role.ts'
import { PlainButton } from '../plain/plain.tsx'

type Props = {
  readonly route: Route
  readonly navigate: (route: Route) => void
  readonly children: ReactNode
}

/**
 * The frame around every screen: a skip link, the bar with the app's name and main actions, and <main>.
 * Drawn with plain elements (renderer/app/first-screen.css), as it is part of the first screen.
 */
export function AppShell({ route, navigate, children }: Props) {
  // An administrator's laptop has the desk, a service lead's the outcomes: no meetings of its own to start.
  const role = useLaptopRole()
  const holdsMeetings = role !== 'administrator' && role !== 'service-lead'
  // The live meeting uses the whole window, however wide; the home has a column for what needs attention
  // beside the list; other screens read best in a column.
  const width =
    route.screen === 'meeting' && route.tab === 'live'
      ? 'shell-main-full'
      : route.screen === 'meetings'
        ? 'shell-main-home'
        : 'shell-main-column'
  return (
    <div className="shell">
      <a
        className="shell-skip"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault()
          document.getElementById('main-content')?.focus()
        }}
      >
        Skip to main content
      </a>
      <header className="shell-bar">
        <nav className="shell-nav" aria-label="Main">
          <p className="shell-name">Convene</p>
          <span className="shell-marking">OFFICIAL-SENSITIVE</span>
          <span className="shell-gap" />
          <PlainButton
            id="nav-meetings"
            tone="inherit"
            aria-current={
              route.screen === 'meetings'
                ? 'page'
                : // A meeting, a case or a handed-over record is within the home's list.
                  ['meeting', 'case', 'desk'].includes(route.screen)
                  ? 'true'
                  : undefined
            }
            onClick={() => navigate({ screen: 'meetings' })}
          >
            {role === 'administrator' ? 'Desk' : role === 'service-lead' ? 'Outcomes' : 'Meetings'}
          </PlainButton>
          {holdsMeetings && (
            <PlainButton
              id="nav-outcomes"
              tone="inherit"
              startIcon="insights"
              aria-current={route.screen === 'outcomes' ? 'page' : undefined}
              onClick={() => navigate({ screen: 'outcomes' })}
            >
              Outcomes
            </PlainButton>
          )}
          <PlainButton
            id="nav-settings"
            tone="inherit"
            startIcon="settings"
            aria-current={route.screen === 'settings' ? 'page' : undefined}
            onClick={() => navigate({ screen: 'settings' })}
          >
            Settings
          </PlainButton>
          {holdsMeetings && (
            <PlainButton
              id="nav-new-meeting"
              variant="contained"
              startIcon="add"
              aria-current={route.screen === 'new-meeting' ? 'page' : undefined}
              onClick={() => navigate({ screen: 'new-meeting' })}
            >
              New meeting
            </PlainButton>
          )}
        </nav>
      </header>
      <main id="main-content" tabIndex={-1} className={`shell-main ${width}`}>
        {children}
      </main>
    </div>
  )
}
