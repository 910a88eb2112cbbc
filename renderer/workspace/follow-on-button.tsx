import { useState } from 'react'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined'
import type { FollowOn } from '../../shared/kinds/kind-module.ts'
import { kindInfo, MeetingKindSchema } from '../../shared/kinds/registry.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { convene } from '../api/convene.ts'
import type { Route } from '../app/router.ts'
import { BritishDateField } from '../common/british-date-field.tsx'

/**
 * Sets up a meeting that follows this one in its case, as its kind offers ('Start the review', 'Next core
 * group'): the same family and people, what the kind carries over. The date starts as the one arranged, or
 * the date it is due.
 */
export function FollowOnButton({
  meeting,
  followOn,
  navigate,
}: {
  readonly meeting: Pick<Meeting, 'id' | 'familyName'>
  readonly followOn: FollowOn
  readonly navigate: (route: Route) => void
}) {
  const kind = MeetingKindSchema.parse(followOn.kind)
  const label = kindInfo(kind).label
  // In a sentence: lower case, except a word in capitals ('MIAM') or a name ('Child Protection' aside).
  const lower = label.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLocaleLowerCase('en-GB'))
  const [open, setOpen] = useState(false)
  const [date, setDate] = useState<string | null>(followOn.suggestedDate)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const titleId = `follow-on-${kind}-title`
  const start = async (): Promise<void> => {
    if (!date) {
      setProblem(`Enter the date of the ${lower}, like 24/02/2027`)
      return
    }
    setBusy(true)
    const result = await convene().meetings.followOn(meeting.id, kind, date)
    setBusy(false)
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
        onClick={() => (setDate(followOn.suggestedDate), setProblem(null), setOpen(true))}
      >
        {followOn.label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{followOn.label}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            A new {lower} for the <bdi>{meeting.familyName}</bdi> family, in the same case, with{' '}
            {followOn.carried}.
          </DialogContentText>
          <BritishDateField
            id={`follow-on-${kind}-date`}
            label={`Date of the ${lower}`}
            value={date}
            onChange={setDate}
            error={problem}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button variant="contained" disabled={busy} onClick={() => void start()}>
            {followOn.label}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
