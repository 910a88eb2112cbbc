import { useState } from 'react'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined'
import { addCalendarMonths } from '../../shared/calendar/working-days.ts'
import type { Meeting } from '../../shared/model/meeting.ts'
import { defaultTimescales } from '../../shared/settings/timescale-settings.ts'
import { convene } from '../api/convene.ts'
import type { Route } from '../app/router.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { useSettings } from '../settings/use-settings.ts'

/**
 * Sets up the review conference that follows this one: same family and people, the plan carried over.
 * The date starts as the one arranged, or the date the review is due.
 */
export function StartReviewButton({
  meeting,
  navigate,
}: {
  readonly meeting: Meeting
  readonly navigate: (route: Route) => void
}) {
  const timescales = useSettings()?.timescales ?? defaultTimescales()
  const due =
    meeting.dates.nextReview ??
    addCalendarMonths(
      meeting.date,
      meeting.kind === 'icpc' ? timescales.firstReviewMonths : timescales.laterReviewMonths,
    )
  const [open, setOpen] = useState(false)
  const [date, setDate] = useState<string | null>(due)
  const [problem, setProblem] = useState<string | null>(null)
  const start = async (): Promise<void> => {
    if (!date) {
      setProblem('Enter the date of the review, like 24/02/2027')
      return
    }
    const result = await convene().meetings.startReview(meeting.id, date)
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    setOpen(false)
    navigate({ screen: 'meeting', meetingId: result.value.id, tab: 'setup' })
  }
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<EventRepeatOutlined />}
        onClick={() => (setDate(due), setProblem(null), setOpen(true))}
      >
        Start the review
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="start-review-title">
        <DialogTitle id="start-review-title">Start the review conference</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            A new review conference for the <bdi>{meeting.familyName}</bdi> family, with the same people
            invited and this meeting&apos;s decision and plan carried over, so progress can be recorded
            against each action.
          </DialogContentText>
          <BritishDateField
            id="review-date"
            label="Date of the review"
            value={date}
            onChange={setDate}
            error={problem}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button variant="contained" onClick={() => void start()}>
            Start the review
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
