import { useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'
import Paper from '@mui/material/Paper'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { meetingKindLabels, meetingKinds, type MeetingKind } from '../../shared/meeting/meeting.ts'
import { previewNotice } from '../../shared/kinds/offers.ts'
import { convene } from '../api/convene.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { ChildrenEditor } from '../common/children-editor.tsx'
import { ErrorSummary, type FieldProblem } from '../common/error-summary.tsx'
import { PageHeading } from '../common/page-heading.tsx'
import type { Route } from '../app/router.ts'
import { checkNewMeeting, type NewMeetingForm } from './check-new-meeting.ts'

let keyCounter = 0
const newKey = (): string => `child-${(keyCounter += 1)}`

/** Sets up a meeting: its kind, date, the family and the children. */
export function NewMeetingScreen({ navigate }: { readonly navigate: (route: Route) => void }) {
  const [form, setForm] = useState<NewMeetingForm>({
    kind: null,
    date: null,
    dateValid: true,
    startTime: '',
    familyName: '',
    children: [],
    childDatesValid: {},
  })
  const [problems, setProblems] = useState<ReadonlyArray<FieldProblem>>([])
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const problemFor = (fieldId: string): string | undefined =>
    problems.find((problem) => problem.fieldId === fieldId)?.message

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const checked = checkNewMeeting(form)
    setProblems(checked.problems)
    if (!checked.draft) return
    setBusy(true)
    const result = await convene().meetings.create(checked.draft)
    setBusy(false)
    if (result.ok) navigate({ screen: 'meeting', meetingId: result.value.id, tab: 'setup' })
    else setFailure(result.error.message)
  }

  const childNameProblems: Record<string, string> = {}
  form.children.forEach((row, index) => {
    const message = problemFor(`new-child-name-${index}`)
    if (message) childNameProblems[row.key] = message
  })

  return (
    <Box sx={{ maxWidth: 760 }}>
      <PageHeading>New meeting</PageHeading>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        Set up the meeting before it starts. You can change any of this later.
      </Typography>
      <ErrorSummary problems={problems} />
      {failure && (
        <Alert severity="error" role="alert" sx={{ mb: 3 }}>
          {failure}
        </Alert>
      )}
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <Stack spacing={3}>
          <Paper sx={{ p: 3 }}>
            <FormControl error={problemFor('new-kind') !== undefined} required>
              <FormLabel id="new-kind-label" sx={{ mb: 1, fontWeight: 600 }}>
                What kind of meeting is it?
              </FormLabel>
              <RadioGroup
                aria-labelledby="new-kind-label"
                name="kind"
                value={form.kind ?? ''}
                onChange={(event) =>
                  setForm((current) => ({ ...current, kind: event.target.value as MeetingKind }))
                }
              >
                {meetingKinds.map((kind, index) => (
                  <FormControlLabel
                    key={kind}
                    value={kind}
                    control={<Radio id={index === 0 ? 'new-kind' : undefined} />}
                    label={`${meetingKindLabels[kind]}${previewNotice(kind) ? ' (a preview)' : ''}`}
                  />
                ))}
              </RadioGroup>
              {form.kind && previewNotice(form.kind) && (
                <Alert severity="info" sx={{ mt: 1 }}>
                  {previewNotice(form.kind)}
                </Alert>
              )}
              {problemFor('new-kind') && <FormHelperText>{problemFor('new-kind')}</FormHelperText>}
            </FormControl>
          </Paper>
          <Paper sx={{ p: 3 }}>
            <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
              When
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
              <BritishDateField
                id="new-date"
                label="Date of the meeting"
                value={form.date}
                required
                error={problemFor('new-date') ?? null}
                onChange={(iso) => setForm((current) => ({ ...current, date: iso }))}
                onValidity={(valid) => setForm((current) => ({ ...current, dateValid: valid }))}
              />
              <TextField
                id="new-start-time"
                label="Start time (optional)"
                placeholder="HH:MM"
                value={form.startTime}
                onChange={(event) => setForm((current) => ({ ...current, startTime: event.target.value }))}
                error={problemFor('new-start-time') !== undefined}
                helperText={problemFor('new-start-time') ?? 'For example, 09:30 or 14:00'}
                autoComplete="off"
              />
            </Box>
          </Paper>
          <Paper sx={{ p: 3 }}>
            <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
              The family
            </Typography>
            <TextField
              id="new-family-name"
              label="Family name"
              value={form.familyName}
              onChange={(event) => setForm((current) => ({ ...current, familyName: event.target.value }))}
              error={problemFor('new-family-name') !== undefined}
              helperText={
                problemFor('new-family-name') ??
                'How the family is known in the case record, for example Kowalski-Ahmed'
              }
              autoComplete="off"
              required
            />
            <Typography variant="h3" component="h3" sx={{ mt: 3, mb: 2 }}>
              Children
            </Typography>
            <ChildrenEditor
              rows={form.children}
              onChange={(children) => setForm((current) => ({ ...current, children }))}
              idPrefix="new-child"
              nameProblems={childNameProblems}
              onDateValidity={(key, valid) =>
                setForm((current) => ({
                  ...current,
                  childDatesValid: { ...current.childDatesValid, [key]: valid },
                }))
              }
              newKey={newKey}
            />
          </Paper>
          <Stack direction="row" spacing={2}>
            <Button id="new-submit" type="submit" variant="contained" size="large" disabled={busy}>
              {busy ? 'Creating…' : 'Create meeting'}
            </Button>
            <Button size="large" onClick={() => navigate({ screen: 'meetings' })}>
              Cancel
            </Button>
          </Stack>
        </Stack>
      </Box>
    </Box>
  )
}
