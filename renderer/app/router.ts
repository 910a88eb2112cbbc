import { useCallback, useEffect, useState } from 'react'

/** The screens, as the address bar's fragment names them ('#/meetings/<id>'). */
export type Route =
  | { readonly screen: 'meetings' }
  | { readonly screen: 'new-meeting' }
  | { readonly screen: 'meeting'; readonly meetingId: string }

/** Reads a route from a location fragment; anything unknown is the meetings list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? ''
  if (path === '/new') return { screen: 'new-meeting' }
  const meeting = /^\/meetings\/([0-9a-f-]{36})$/i.exec(path)
  if (meeting?.[1]) return { screen: 'meeting', meetingId: meeting[1] }
  return { screen: 'meetings' }
}

/** Writes a route as a location fragment. */
export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'meetings':
      return '#/'
    case 'new-meeting':
      return '#/new'
    case 'meeting':
      return `#/meetings/${route.meetingId}`
  }
}

/** The current route, and a function to go elsewhere (Back and Forward work as in a browser). */
export function useRoute(): readonly [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    window.location.hash = formatRoute(next)
  }, [])
  return [route, navigate] as const
}
