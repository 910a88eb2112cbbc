import { useMemo } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import {
  harmCategoryLabels,
  outcomeLabels,
  type PreviousConference,
} from '../../shared/kinds/conference/decision.ts'
import { decides, decisionsWithChildren } from '../../shared/kinds/conference/rules/decision.ts'
import { readiness } from '../../shared/kinds/conference/rules/readiness.ts'
import { kindInfo, meetingKinds } from '../../shared/kinds/registry.ts'
import type { Child } from '../../shared/model/people.ts'
import type { Route } from '../app/router.ts'
import { useLanguageTools } from '../language/language-tools.tsx'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'
import { AnalysisSection } from './analysis-section.tsx'
import { DecideForChildren } from './decide-for-children.tsx'
import { DecisionSection } from './decision-section.tsx'
import { KeyDatesSection } from './key-dates-section.tsx'
import { PlanSection } from './plan-section.tsx'
import { ReadinessPanel } from './readiness-panel.tsx'
import { useLanguageCheck } from '../language/use-language-check.ts'
import { RecommendationsSection } from './recommendations-section.tsx'

const lower = (text: string) => text.toLocaleLowerCase('en-GB')
const namesOf = (children: ReadonlyArray<Child>) =>
  children.map((child) => child.knownAs || child.name).join(' and ')

/** How a kind reads, lower case, for a kind recorded as text (a previous conference's). */
function kindLabel(kind: string): string {
  const known = meetingKinds.find((candidate) => candidate === kind)
  return known ? lower(kindInfo(known).label) : 'conference'
}

/** What the conference a review follows decided, for each child, in a sentence. */
function previousDecisions(previous: PreviousConference, children: ReadonlyArray<Child>): string {
  const said = previous.decisions.map((decision) => {
    const what = decision.outcome ? lower(outcomeLabels[decision.outcome]) : 'nothing recorded'
    const under = decision.category ? `, under ${lower(harmCategoryLabels[decision.category])}` : ''
    const child = children.find((candidate) => candidate.id === decision.childId)
    return `${child ? `for ${namesOf([child])}, ` : ''}${what}${under}`
  })
  return said.length === 0 ? 'nothing recorded' : said.join('; ')
}

/**
 * Reaching and recording the decision: the chair's analysis, each professional's recommendation and the
 * chair's decision (one for every child, or one for each), the outline plan and the dates; beside them,
 * what is still missing before the chair signs.
 */
export function DecisionTab({ navigate }: { readonly navigate: (route: Route) => void }) {
  const { meeting } = useConferenceContext()
  const settings = useSettings()
  const language = useLanguageTools().settings
  // The wording is checked in slices, as on the Language check tab: a long meeting froze the page here too.
  const check = useLanguageCheck(meeting, language)
  const openLanguage = check.checking || !check.report ? 'checking' : check.report.findings.length
  const items = useMemo(
    () =>
      settings && language
        ? readiness(
            meeting,
            { language, timescales: settings.timescales, calendar: councilCalendar(settings) },
            { openLanguageFindings: openLanguage },
          )
        : [],
    [meeting, settings, language, openLanguage],
  )
  const previous = meeting.record.previousConference
  const deciding = decides(meeting.kind)
  const decisions = decisionsWithChildren(meeting)
  const separate = decisions.some(({ decision }) => decision.childId !== null)
  const signed = meeting.record.signOff !== null
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 340px' } }}>
      <Stack spacing={3} sx={{ minWidth: 0 }}>
        {previous && (
          <Alert severity="info">
            This {meeting.kind === 'core-group' ? 'core group' : 'review'} follows the{' '}
            {kindLabel(previous.kind)} of {formatBritishDate(previous.date)}, which decided:{' '}
            {previousDecisions(previous, meeting.children)}. The plan&apos;s actions are carried over; record
            progress on each in the meeting.
          </Alert>
        )}
        {!deciding && (
          <Alert severity="info">
            A {lower(kindInfo(meeting.kind).label)} makes no decision of its own; the plan below is the one it
            works to.
          </Alert>
        )}
        {signed && (
          <Alert severity="info">
            These minutes are signed and locked. To change them, start a correction (under Signed off): it
            makes a new version and keeps this one as it is.
          </Alert>
        )}
        <Box
          component="fieldset"
          disabled={signed}
          sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 3 }}
        >
          {deciding && <AnalysisSection />}
          {deciding && <DecideForChildren />}
          {deciding &&
            decisions.map(({ decision, children }) => {
              const forWhom = separate ? `for ${namesOf(children) || 'a child no longer listed'}` : ''
              return (
                <Stack key={decision.childId ?? 'all'} spacing={3}>
                  <RecommendationsSection decision={decision} forWhom={forWhom} />
                  <DecisionSection decision={decision} forWhom={forWhom} />
                </Stack>
              )
            })}
          <PlanSection />
        </Box>
        <KeyDatesSection />
      </Stack>
      <Box sx={{ position: { lg: 'sticky' }, top: { lg: 88 }, alignSelf: 'start' }}>
        <ReadinessPanel items={items} navigate={navigate} />
      </Box>
    </Box>
  )
}
