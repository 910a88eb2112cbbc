import { councilCalendar } from '../calendar/council-calendar.ts'
import type { KindEnvironment } from '../kinds/kind-module.ts'
import type { CouncilSettings } from './settings.ts'

/** What the kinds' rules are given from the council's settings: the calendar, wording and timescales. */
export function kindEnvironment(settings: CouncilSettings): KindEnvironment {
  return {
    calendar: councilCalendar(settings),
    language: settings.language,
    timescales: settings.timescales,
    ...(settings.screeningQuestions ? { screeningQuestions: settings.screeningQuestions } : {}),
  }
}
