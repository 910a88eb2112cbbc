import type { MeetingKind, NewMeeting } from '../../shared/meeting/meeting.ts'
import type { ChildRow } from '../common/children-editor.tsx'
import type { FieldProblem } from '../common/error-summary.tsx'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import { dateOfBirthProblem } from '../../shared/rules/plausible.ts'

/** The 'New meeting' form as typed, before it is checked. */
export type NewMeetingForm = {
  readonly kind: MeetingKind | null
  readonly date: string | null
  readonly dateValid: boolean
  readonly startTime: string
  readonly familyName: string
  readonly children: ReadonlyArray<ChildRow>
  readonly childDatesValid: Readonly<Record<string, boolean>>
}

/** Checks the form and says, field by field and in plain words, what is missing or wrong. */
export function checkNewMeeting(
  form: NewMeetingForm,
  today: string = ukDateOf(new Date()),
): {
  readonly problems: FieldProblem[]
  readonly draft: NewMeeting | null
} {
  const problems: FieldProblem[] = []
  if (!form.kind) problems.push({ fieldId: 'new-kind', message: 'Choose what kind of meeting it is' })
  if (!form.dateValid)
    problems.push({ fieldId: 'new-date', message: 'Enter a real date for the meeting, like 22/11/2026' })
  else if (!form.date) problems.push({ fieldId: 'new-date', message: 'Enter the date of the meeting' })
  const time = form.startTime.trim()
  if (time !== '' && !/^([01]?\d|2[0-3])[:.][0-5]\d$/.test(time)) {
    problems.push({
      fieldId: 'new-start-time',
      message: 'Enter the start time like 09:30, or leave it empty',
    })
  }
  if (form.familyName.trim() === '')
    problems.push({ fieldId: 'new-family-name', message: 'Enter the family name' })
  else if (form.familyName.trim().length > 200)
    problems.push({ fieldId: 'new-family-name', message: 'The family name can be at most 200 characters' })
  form.children.forEach((child, index) => {
    if (child.name.trim() === '')
      problems.push({
        fieldId: `new-child-name-${index}`,
        message: `Enter the name of child ${index + 1}, or remove them`,
      })
    if (form.childDatesValid[child.key] === false) {
      problems.push({
        fieldId: `new-child-dob-${index}`,
        message: `Enter a real date of birth for child ${index + 1}, like 03/05/2019`,
      })
    } else {
      const future = dateOfBirthProblem(child.dateOfBirth, today)
      if (future)
        problems.push({ fieldId: `new-child-dob-${index}`, message: `Child ${index + 1}: ${future}` })
    }
  })
  if (problems.length > 0 || !form.kind || !form.date) return { problems, draft: null }
  const [hours = '', minutes = ''] = time.split(/[:.]/)
  return {
    problems,
    draft: {
      kind: form.kind,
      date: form.date,
      startTime: time === '' ? null : `${hours.padStart(2, '0')}:${minutes}`,
      familyName: form.familyName.trim(),
      children: form.children.map((child) => ({
        name: child.name.trim(),
        knownAs: child.knownAs.trim(),
        dateOfBirth: child.dateOfBirth,
      })),
    },
  }
}
