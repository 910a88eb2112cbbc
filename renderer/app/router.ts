import { useCallback, useEffect, useRef, useState } from 'react'
import { noteScreenChange } from '../common/screen-change-focus.ts'
import { workspaceTabs, type WorkspaceTab } from '../../shared/kinds/kind-module.ts'

export type { WorkspaceTab } from '../../shared/kinds/kind-module.ts'

/** The screens, as the address bar's fragment names them ('#/meetings/<id>/live'). */
export type Route =
  | { readonly screen: 'meetings' }
  | { readonly screen: 'new-meeting' }
  | { readonly screen: 'settings'; readonly section?: 'safeguarding' }
  | { readonly screen: 'meeting'; readonly meetingId: string; readonly tab: WorkspaceTab }
  | { readonly screen: 'presenter'; readonly meetingId: string }
  | { readonly screen: 'case'; readonly caseId: string; readonly concernId?: string }
  | { readonly screen: 'desk'; readonly handoverId: string }
  | { readonly screen: 'outcomes' }

const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'

/** Reads a route from a location fragment; anything unknown is the meetings list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? ''
  if (path === '/new') return { screen: 'new-meeting' }
  if (path === '/settings') return { screen: 'settings' }
  if (path === '/outcomes') return { screen: 'outcomes' }
  if (path === '/settings/safeguarding') return { screen: 'settings', section: 'safeguarding' }
  const presenter = new RegExp(`^/presenter/${uuid}$`, 'i').exec(path)
  if (presenter?.[1]) return { screen: 'presenter', meetingId: presenter[1] }
  const desk = new RegExp(`^/desk/${uuid}$`, 'i').exec(path)
  if (desk?.[1]) return { screen: 'desk', handoverId: desk[1] }
  const caseMatch = new RegExp(`^/cases/${uuid}(?:/concerns/${uuid})?$`, 'i').exec(path)
  if (caseMatch?.[1])
    return caseMatch[2]
      ? { screen: 'case', caseId: caseMatch[1], concernId: caseMatch[2] }
      : { screen: 'case', caseId: caseMatch[1] }
  const meeting = new RegExp(`^/meetings/${uuid}(?:/([a-z]+))?$`, 'i').exec(path)
  const tab = workspaceTabs.find((name) => name === (meeting?.[2] ?? 'setup'))
  if (meeting?.[1] && tab) return { screen: 'meeting', meetingId: meeting[1], tab }
  return { screen: 'meetings' }
}

/** Writes a route as a location fragment. */
export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'meetings':
      return '#/'
    case 'new-meeting':
      return '#/new'
    case 'settings':
      return route.section ? `#/settings/${route.section}` : '#/settings'
    case 'presenter':
      return `#/presenter/${route.meetingId}`
    case 'case':
      return `#/cases/${route.caseId}${route.concernId ? `/concerns/${route.concernId}` : ''}`
    case 'desk':
      return `#/desk/${route.handoverId}`
    case 'outcomes':
      return '#/outcomes'
    case 'meeting':
      return `#/meetings/${route.meetingId}${route.tab === 'setup' ? '' : `/${route.tab}`}`
  }
}

/** The current route, and a function to go elsewhere (Back and Forward work as in a browser). */
export function useRoute(): readonly [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash))
  const shown = useRef(formatRoute(route))
  // The same place again (the address changed to what is already shown) keeps the route as it is.
  const go = useCallback((hash: string) => {
    const next = parseRoute(hash)
    if (formatRoute(next) === shown.current) return
    shown.current = formatRoute(next)
    noteScreenChange()
    setRoute(next)
  }, [])
  useEffect(() => {
    const onChange = (): void => go(window.location.hash)
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [go])
  // The screen changes in the click itself, not a task later when the browser reports the new address: what
  // is typed straight after a click on 'New meeting' goes to the new screen, never to the one it left.
  const navigate = useCallback(
    (next: Route) => {
      const hash = formatRoute(next)
      window.location.hash = hash
      go(hash)
    },
    [go],
  )
  return [route, navigate] as const
}
