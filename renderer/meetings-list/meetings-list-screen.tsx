import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import { groupIntoCases, type CaseGroup } from '../../shared/meeting/case-groups.ts'
import type { FallingDue as FallingDueItem } from '../../shared/meeting/falling-due.ts'
import type { ListedMeeting } from '../../shared/meeting/meeting-summary.ts'
import { foldedIncludes, foldForSearch } from '../../shared/text/fold-for-search.ts'
import { formatCount } from '../../shared/text/format-count.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { Icon, Message, PlainButton, SearchField, Switch } from '../plain/plain.tsx'
import { hiddenSigned, SearchStatus, shownSearch } from './search-status.tsx'
import { useMediaQuery } from '../plain/use-media-query.ts'
import { markInteractive } from '../app/ready-mark.ts'
import type { Route } from '../app/router.ts'
import { lazyScreen } from '../app/lazy-screen.tsx'
import { ImportMeetingButton } from './import-meeting-button.tsx'
import { CasesTable } from './cases-table.tsx'
import { VerifyDocumentButton } from '../signing/verify-document-button.tsx'
import { useLaptopRole } from '../common/use-laptop-role.ts'
import { useMeetings } from './use-meetings.ts'

// The dates falling due need the working-day calendar and the council's settings, and the safeguarding
// alerts read every case, which the list itself does not: their code is fetched once the list is
// interactive, and they show when it and the settings have come.
const SafeguardingAlerts = lazyScreen(
  () => import('./safeguarding-alerts.tsx').then((module) => module.SafeguardingAlerts),
  null,
)
const HandoverDesk = lazyScreen(
  () => import('../handover/handover-desk.tsx').then((module) => module.HandoverDesk),
  null,
)
const OutcomesScreen = lazyScreen(
  () => import('../outcomes/outcomes-screen.tsx').then((module) => module.OutcomesScreen),
  'Opening the outcomes',
)
const FallingDue = lazyScreen(() => import('./falling-due.tsx').then((module) => module.FallingDue), null)

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })
const pageSize = 50
/** The rows drawn in the list's first frame: more than the tallest screen shows. */
const firstFrameRows = 12
/** How long a list stacked under what needs attention waits for it at most. */
const attentionWaitMs = 1500

/**
 * True when a case's family or children's names contain the search (folded with foldForSearch: no case,
 * accents, hyphens or apostrophes; spaces aside, as foldedIncludes says), or the search is empty once
 * folded (a lone hyphen finds what a space would: everything, not every name with a space in it).
 */
function matches(group: CaseGroup, wanted: string): boolean {
  if (wanted === '') return true
  return [group.familyName, ...group.childNames].some((name) => foldedIncludes(foldForSearch(name), wanted))
}

/**
 * The cases on this laptop, each a family's meetings over time, the one with the newest meeting first;
 * what falls due across them; and the way to start a new meeting.
 */
export function MeetingsListScreen({ navigate }: { readonly navigate: (route: Route) => void }) {
  const role = useLaptopRole()
  if (role === 'service-lead') return <ServiceLeadHome />
  return role === 'administrator' ? (
    <AdministratorHome navigate={navigate} />
  ) : (
    <MeetingsList navigate={navigate} />
  )
}

/** A service lead's home: the outcomes imported from every chair and mediator, with no names. */
function ServiceLeadHome() {
  useEffect(() => markInteractive(), [])
  return <OutcomesScreen />
}

/**
 * An administrator's home: the desk alone. Their laptop holds only what chairs hand over, in the
 * administrator's projection; it has no meetings of its own.
 */
function AdministratorHome({ navigate }: { readonly navigate: (route: Route) => void }) {
  useEffect(() => markInteractive(), [])
  return (
    <>
      <HomeHeading
        title="Desk"
        intro="The signed records chairs have handed over to you: who gets which copy, what is due, and what was sent."
      >
        <VerifyDocumentButton />
      </HomeHeading>
      <HandoverDesk navigate={navigate} />
    </>
  )
}

/** The home screen's heading: its title, a line saying what it holds, and its actions. */
function HomeHeading({
  title,
  intro,
  children,
}: {
  readonly title: string
  readonly intro: string
  readonly children: ReactNode
}) {
  return (
    <div className="home-heading">
      <div>
        <PageHeading>{title}</PageHeading>
        <p className="plain-secondary">{intro}</p>
      </div>
      <div className="home-actions">{children}</div>
    </div>
  )
}

function MeetingsList({ navigate }: { readonly navigate: (route: Route) => void }) {
  const { meetings, problem } = useMeetings()
  const [search, setSearch] = useState('')
  const [shown, setShown] = useState(pageSize)
  const today = ukDateOf(new Date())
  const readable = useMemo(
    () => (meetings ? meetings.filter((entry): entry is ListedMeeting => entry.readable) : null),
    [meetings],
  )
  const unreadable = useMemo(
    () => (meetings ?? []).flatMap((entry) => (entry.readable ? [] : [entry])),
    [meetings],
  )
  // Signed records stay on the laptop (they are a statutory record) but need not crowd the list.
  const [hideSigned, setHideSigned] = useState(false)
  const signedCount = useMemo(
    () => (readable ? readable.filter((entry) => entry.signed === true).length : 0),
    [readable],
  )
  const groups = useMemo(
    () =>
      readable
        ? groupIntoCases(hideSigned ? readable.filter((entry) => entry.signed !== true) : readable, collator)
        : null,
    [readable, hideSigned],
  )
  const wanted = foldForSearch(search).trim()
  const found = useMemo(
    () => (groups ? groups.filter((group) => matches(group, wanted)) : null),
    [groups, wanted],
  )
  // Cases the search finds only among the signed meetings hidden: said, so a chair does not take a case
  // for missing from the laptop and set it up again.
  const hiddenFound = useMemo(() => {
    if (!hideSigned || !readable || !found || wanted === '') return 0
    return groupIntoCases(readable, collator).filter((group) => matches(group, wanted)).length - found.length
  }, [hideSigned, readable, found, wanted])
  // The first frame draws the rows a screen can show (a dozen fill a tall one); the rest of the page follow
  // in the next frame, before anyone can scroll to them, so the list is in hand sooner.
  const [drawn, setDrawn] = useState(firstFrameRows)
  const visible = useMemo(() => found?.slice(0, Math.min(shown, drawn)) ?? null, [found, shown, drawn])
  const listDrawn = found !== null
  useEffect(() => {
    if (!listDrawn) return
    const frame = requestAnimationFrame(() => setDrawn(Number.POSITIVE_INFINITY))
    return () => cancelAnimationFrame(frame)
  }, [listDrawn])
  // What needs attention is fetched once the list is in hand (never in the way of it). On a wide window it
  // has a column of its own beside the list; stacked above the list on a narrower one, the list waits for
  // it (a moment, never more than `attentionWaitMs`), so that nothing moves under a pointer on its way to a
  // name.
  // Below 1,200 px (MUI's 'lg', as first-screen.css's .home-grid).
  const stacked = useMediaQuery('(max-width: 1199.95px)')
  const [dueWanted, setDueWanted] = useState(false)
  useEffect(() => {
    if (meetings) setDueWanted(true)
  }, [meetings])
  const [waitedEnough, setWaitedEnough] = useState(false)
  const inHand = meetings !== null
  useEffect(() => {
    if (!inHand) return
    const timer = setTimeout(() => setWaitedEnough(true), attentionWaitMs)
    return () => clearTimeout(timer)
  }, [inHand])
  const [due, setDue] = useState<ReadonlyArray<FallingDueItem> | null>(null)
  const onDue = useCallback((next: ReadonlyArray<FallingDueItem>) => setDue(next), [])
  const [alertsShown, setAlertsShown] = useState<number | null>(null)
  const dueByCase = useMemo(() => {
    const caseOf = new Map(
      (groups ?? []).flatMap((group) => group.meetings.map((meeting) => [meeting.id, group.id])),
    )
    const byCase = new Map<string, FallingDueItem[]>()
    for (const item of due ?? []) {
      const key = caseOf.get(item.meeting.id)
      if (key) byCase.set(key, [...(byCase.get(key) ?? []), item])
    }
    return byCase
  }, [due, groups])
  const attentionKnown = alertsShown !== null && due !== null
  const sorted = !stacked || attentionKnown || waitedEnough ? meetings : null
  useEffect(() => {
    if (sorted) markInteractive()
  }, [sorted])

  return (
    <>
      <HomeHeading
        title="Meetings"
        intro="Conferences, core groups and mediation meetings kept on this laptop."
      >
        <VerifyDocumentButton />
        <ImportMeetingButton
          onImported={(meeting) => navigate({ screen: 'meeting', meetingId: meeting.id, tab: 'setup' })}
        />
      </HomeHeading>
      {problem && <Message severity="error">{problem}</Message>}
      <div className="home-grid">
        {/* What needs attention comes after the list is drawn. On a wide window it has a column of its own,
            kept from the start, so nothing the list shows moves under the pointer when it comes. */}
        <div className="home-attention">
          {dueWanted && <SafeguardingAlerts navigate={navigate} onShown={setAlertsShown} />}
          {readable && dueWanted && (
            <FallingDue meetings={readable} today={today} navigate={navigate} onDue={onDue} />
          )}
          {alertsShown === 0 && due !== null && due.length === 0 && (
            <div className="plain-paper home-nothing">
              <p>
                Nothing needs your attention: no safeguarding step is due, and no date falls due in the next
                two weeks.
              </p>
            </div>
          )}
        </div>
        <div className="home-list">
          {!sorted && !problem && (
            <div
              className="plain-paper home-loading"
              role="status"
              aria-busy="true"
              aria-label="Loading meetings"
            >
              <span className="plain-skeleton" />
              <span className="plain-skeleton" />
              <span className="plain-skeleton" />
            </div>
          )}
          {sorted && sorted.length === 0 && (
            <div className="plain-paper home-empty">
              <Icon name="eventNote" className="home-empty-icon" />
              <h2 className="plain-h2">No meetings yet</h2>
              <p className="plain-secondary">
                Set up a meeting before it starts: choose New meeting, then add the family and the children.
                If a colleague sent you a meeting file, import it instead.
              </p>
              <PlainButton
                variant="contained"
                size="large"
                startIcon="add"
                onClick={() => navigate({ screen: 'new-meeting' })}
              >
                New meeting
              </PlainButton>
            </div>
          )}
          {sorted && sorted.length > 0 && (
            <SearchField
              id="meetings-search"
              label="Find a case"
              placeholder="Family or child's name"
              value={search}
              onChange={(value) => {
                setSearch(value)
                setShown(pageSize)
              }}
            />
          )}
          {sorted && sorted.length > 0 && found && groups && (
            <SearchStatus
              search={search}
              shown={wanted === '' ? '' : shownSearch(search)}
              found={found.length}
              total={groups.length}
              hidden={hiddenFound}
            />
          )}
          {sorted && unreadable.length > 0 && (
            <div className="home-unreadable">
              {unreadable.map((entry) => (
                <Message key={entry.id} severity="warning" outlined>
                  {entry.problem}
                </Message>
              ))}
            </div>
          )}
          {sorted && signedCount > 0 && (
            <Switch
              id="hide-signed"
              checked={hideSigned}
              onChange={(checked) => {
                setHideSigned(checked)
                setShown(pageSize)
              }}
              label={`Hide signed meetings (${signedCount.toLocaleString('en-GB')})`}
            />
          )}
          {sorted && found && groups && groups.length > 0 && found.length === 0 && (
            <p className="home-no-match">
              {hiddenFound > 0
                ? `No unsigned cases match ‘${shownSearch(search)}’: ${hiddenSigned(hiddenFound)}. Turn off ‘Hide signed meetings’ to see ${hiddenFound === 1 ? 'it' : 'them'}.`
                : `No cases match ‘${shownSearch(search)}’. Check the spelling, or search by a child’s name.`}
            </p>
          )}
          {sorted && found && groups && found.length > 0 && (
            <div className="plain-paper home-cases">
              <CasesTable
                groups={visible ?? []}
                caption={describeCount(found.length, groups.length, Math.min(shown, found.length))}
                dueByCase={dueByCase}
                today={today}
                navigate={navigate}
              />
              {found.length > shown && (
                <div className="home-more">
                  <PlainButton onClick={() => setShown((current) => current + pageSize)}>
                    Show {Math.min(pageSize, found.length - shown)} more
                  </PlainButton>
                </div>
              )}
            </div>
          )}
          {dueWanted && <HandoverDesk navigate={navigate} />}
        </div>
      </div>
    </>
  )
}

function describeCount(found: number, total: number, shown: number): string {
  const cases = (count: number): string => (count === 1 ? '1 case' : `${formatCount(count)} cases`)
  const which =
    found === total
      ? cases(total)
      : `${cases(found)} of ${formatCount(total)} ${found === 1 ? 'matches' : 'match'}`
  return shown < found
    ? `${which}, newest meeting first; showing the first ${shown}`
    : `${which}, newest meeting first`
}
