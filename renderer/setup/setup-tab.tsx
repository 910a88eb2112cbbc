import { Fragment, useCallback, useState } from 'react'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import { missingChildViews } from '../../shared/rules/child-voice.ts'
import { DetailsForm } from '../workspace/details-form.tsx'
import { useDetailsDraft } from '../workspace/use-details-autosave.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { PeopleSection } from './people-section.tsx'
import { ReportsSection } from './reports-section.tsx'
import { PreMeetingSection } from './pre-meeting-section.tsx'

/** Before the meeting: the details, the children, the people, the reports and the meeting with the parents. */
export function SetupTab() {
  const { meeting } = useMeetingContext()
  const { values, change } = useDetailsDraft()
  const [problems, setProblems] = useState<Record<string, string>>({})
  const onValidity = useCallback((field: string, message: string | null) => {
    setProblems((current) => {
      if (message === null) {
        if (!(field in current)) return current
        const { [field]: _dropped, ...rest } = current
        return rest
      }
      return current[field] === message ? current : { ...current, [field]: message }
    })
  }, [])
  const missing = missingChildViews(meeting)
  const invalid = Object.values(problems)
  return (
    <Stack spacing={3}>
      {invalid.length > 0 && (
        <Alert severity="error" role="alert">
          Not saved yet: {invalid[0]}.
        </Alert>
      )}
      {missing.length > 0 && (
        <Alert severity="info" role="status">
          {missing.map(({ child, age }, index) => (
            <Fragment key={child.id}>
              {index > 0 && ', '}
              <bdi>{child.knownAs || child.name}</bdi> ({age})
            </Fragment>
          ))}{' '}
          {missing.length === 1 ? 'is' : 'are'} old enough to take part. Record how their views were gathered
          in the meeting, or why they could not be.
        </Alert>
      )}
      <DetailsForm values={values} change={change} onValidity={onValidity} problems={problems} />
      <PeopleSection />
      <ReportsSection />
      <PreMeetingSection />
    </Stack>
  )
}
