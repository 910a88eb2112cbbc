import { useMemo } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { harmCategoryLabels, outcomeLabels } from '../../shared/model/decision.ts'
import { meetingKindLabels } from '../../shared/model/meeting-kind.ts'
import { readiness } from '../../shared/rules/readiness.ts'
import type { Route } from '../app/router.ts'
import { useLanguageTools } from '../language/language-tools.tsx'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'
import { DecisionSection } from './decision-section.tsx'
import { KeyDatesSection } from './key-dates-section.tsx'
import { PlanSection } from './plan-section.tsx'
import { ReadinessPanel } from './readiness-panel.tsx'
import { useLanguageCheck } from '../language/use-language-check.ts'
import { RecommendationsSection } from './recommendations-section.tsx'

/**
 * Reaching and recording the decision: the recommendations, the chair's analysis and decision, the
 * outline plan and the dates; beside them, what is still missing before the chair signs.
 */
export function DecisionTab({ navigate }: { readonly navigate: (route: Route) => void }) {
  const { meeting } = useMeetingContext()
  const settings = useSettings()
  const language = useLanguageTools().settings
  // The wording is checked in slices, as on the Language check tab: a long meeting froze the page here too.
  const check = useLanguageCheck(meeting, language)
  const openLanguage = check.checking || !check.report ? 'checking' : check.report.findings.length
  const items = useMemo(
    () =>
      settings && language
        ? readiness(meeting, {
            language,
            timescales: settings.timescales,
            calendar: councilCalendar(settings),
            openLanguageFindings: openLanguage,
          })
        : [],
    [meeting, settings, language, openLanguage],
  )
  const previous = meeting.previousConference
  const conference = meeting.kind === 'icpc' || meeting.kind === 'rcpc'
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 340px' } }}>
      <Stack spacing={3} sx={{ minWidth: 0 }}>
        {previous && (
          <Alert severity="info">
            This review follows the {meetingKindLabels[previous.kind].toLocaleLowerCase('en-GB')} of{' '}
            {formatBritishDate(previous.date)}, which decided:{' '}
            {previous.outcome
              ? outcomeLabels[previous.outcome].toLocaleLowerCase('en-GB')
              : 'nothing recorded'}
            {previous.category &&
              `, under ${harmCategoryLabels[previous.category].toLocaleLowerCase('en-GB')}`}
            . The plan&apos;s actions are carried over; record progress on each in the meeting.
          </Alert>
        )}
        {!conference && (
          <Alert severity="info">
            A {meetingKindLabels[meeting.kind].toLocaleLowerCase('en-GB')} makes no decision of its own; the
            plan below is the one it works to.
          </Alert>
        )}
        {meeting.signOff && (
          <Alert severity="info">
            These minutes are signed and locked. To change them, start a correction (under Ready to sign?): it
            makes a new version and keeps this one as it is.
          </Alert>
        )}
        <Box
          component="fieldset"
          disabled={meeting.signOff !== null}
          sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 3 }}
        >
          {conference && <RecommendationsSection />}
          {conference && <DecisionSection />}
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
