import { useCallback, useState } from 'react'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import { isConference } from '../../shared/meeting/meeting.ts'
import { DetailsForm } from '../workspace/details-form.tsx'
import { useDetailsDraft } from '../workspace/use-details-autosave.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { PeopleSection } from './people-section.tsx'
import { LockedWhenSigned } from '../meeting/locked-when-signed.tsx'
import { ChildViewsReminder, ConferenceSetupSections } from './conference-setup.tsx'

/** Before the meeting: the details, the children, the people and, for a conference, the reports and the meeting with the parents. */
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
  const conference = isConference(meeting)
  const invalid = Object.values(problems)
  return (
    <Stack spacing={3}>
      {invalid.length > 0 && (
        <Alert severity="error" role="alert">
          Not saved yet: {invalid[0]}.
        </Alert>
      )}
      {conference && <ChildViewsReminder />}
      <LockedWhenSigned>
        <DetailsForm values={values} change={change} onValidity={onValidity} problems={problems} />
        <PeopleSection />
        {conference && <ConferenceSetupSections />}
      </LockedWhenSigned>
    </Stack>
  )
}
