import { Fragment } from 'react'
import Alert from '@mui/material/Alert'
import { missingChildViews } from '../../shared/kinds/conference/rules/child-voice.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { PreMeetingSection } from './pre-meeting-section.tsx'
import { ReportsSection } from './reports-section.tsx'

/** Which children are old enough to take part and have no view recorded yet. */
export function ChildViewsReminder() {
  const { meeting } = useConferenceContext()
  const missing = missingChildViews(meeting)
  if (missing.length === 0) return null
  return (
    <Alert severity="info" role="status">
      {missing.map(({ child, age }, index) => (
        <Fragment key={child.id}>
          {index > 0 && ', '}
          <bdi>{child.knownAs || child.name}</bdi> ({age})
        </Fragment>
      ))}{' '}
      {missing.length === 1 ? 'is' : 'are'} old enough to take part. Record how their views were gathered in
      the meeting, or why they could not be.
    </Alert>
  )
}

/** What a conference has before it: the agencies' reports, and the chair's meeting with the parents. */
export function ConferenceSetupSections() {
  return (
    <>
      <ReportsSection />
      <PreMeetingSection />
    </>
  )
}
