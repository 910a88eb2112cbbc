import { useEffect, useRef, useState, type RefObject } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { WorkingDayCalendar } from '../../shared/calendar/bank-holidays.ts'
import type { PlanAction } from '../../shared/kinds/conference/records.ts'
import {
  actionDue,
  describeActionDue,
  relativeDueRule,
} from '../../shared/kinds/conference/rules/plan-dates.ts'
import { sortPeople } from '../../shared/rules/people.ts'
import { smartProblems } from '../../shared/kinds/conference/rules/smart.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useLocalCopy } from '../common/use-local-copy.ts'
import { LanguageAssist } from '../language/language-assist.tsx'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { withFullStop } from '../../shared/text/sentences.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

type Fields = Omit<PlanAction, 'id' | 'progress'>

const someoneElse = 'someone-else'

/**
 * One action of the outline plan: what will happen (written to the family, with the language assistant),
 * who does it, by when (a date, or within so many working days), how we will know, and which worry it
 * answers. The SMART check runs on what is saved, a moment after each keystroke.
 */
export function ActionRow({
  action,
  index,
  calendar,
}: {
  readonly action: PlanAction
  readonly index: number
  readonly calendar: WorkingDayCalendar
}) {
  const { meeting, names, send } = useConferenceContext()
  const what = useRef<HTMLTextAreaElement>(null)
  const [otherOwner, setOtherOwner] = useState(action.ownerId === null && action.ownerText !== '')
  const [ownerId, setOwnerId] = useLocalCopy(action.ownerId)
  // Typed text is the field's own while it has the focus: every keystroke is saved, and a save answering
  // while the next key comes must never put the field back to what it was a keystroke ago.
  const within = useTypedText(String(action.dueWithinWorkingDays ?? ''))
  const addresses = useTypedText(action.addresses)
  const update = (patch: Partial<Fields>, key?: string): void =>
    void send({ type: 'update-action', actionId: action.id, patch }, key && `action:${action.id}:${key}`)
  const problems = smartProblems(action)
  const due = actionDue(action, meeting.date, calendar)
  const number = index + 1
  const prefix = `action-${number}`
  const dangers = meeting.record.scaling.dangerStatements.map((statement) => statement.danger).filter(Boolean)
  return (
    <Paper
      component="li"
      aria-labelledby={`${prefix}-title`}
      variant="outlined"
      sx={{ p: 2, listStyle: 'none', borderColor: problems.length > 0 ? 'warning.main' : 'divider' }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h3" id={`${prefix}-title`}>
          Action {number}
        </Typography>
        <Button
          size="small"
          color="error"
          onClick={() => {
            void send({ type: 'remove-action', actionId: action.id })
            focusAfterDrawing('#add-plan-action')
          }}
          aria-label={`Remove action ${number}`}
        >
          Remove
        </Button>
      </Box>
      <Box
        sx={{
          display: 'grid',
          columnGap: 2,
          rowGap: 1,
          gridTemplateColumns: { md: 'repeat(3, minmax(0, 1fr))' },
        }}
      >
        <Box sx={{ gridColumn: '1 / -1' }}>
          <LanguageAssist field={what} sectionKey="plan" noteId={null} statusId={`${prefix}-language`}>
            <SavedTextField
              id={`${prefix}-what`}
              inputRef={what}
              label="What will happen"
              multiline
              saved={action.what}
              placeholder="Sarah and Tom will…"
              onSave={(text) => update({ what: text }, 'what')}
              slotProps={{
                htmlInput: { 'aria-describedby': `${prefix}-language ${prefix}-smart` },
              }}
            />
          </LanguageAssist>
        </Box>
        <Stack spacing={1}>
          <TextField
            select
            id={`${prefix}-owner`}
            label="Who will do it"
            value={ownerId ?? (otherOwner ? someoneElse : '')}
            onChange={(event) => {
              const value = event.target.value
              setOtherOwner(value === someoneElse)
              setOwnerId(value === someoneElse ? null : value || null)
              if (value === someoneElse) update({ ownerId: null })
              else update({ ownerId: value || null, ownerText: '' })
            }}
          >
            <MenuItem value="">
              <em>Not chosen</em>
            </MenuItem>
            {sortPeople(meeting.participants).map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {names.get(person.id) ?? person.name}
                {person.role && `, ${person.role}`}
              </MenuItem>
            ))}
            <MenuItem value={someoneElse}>An agency or someone not listed…</MenuItem>
          </TextField>
          {otherOwner ? (
            <SavedTextField
              id={`${prefix}-owner-text`}
              label="Agency or person"
              saved={action.ownerText}
              onSave={(ownerText) => update({ ownerText }, 'owner')}
            />
          ) : null}
        </Stack>
        <BritishDateField
          id={`${prefix}-due`}
          label="By (date)"
          value={action.due}
          onChange={(due) => update({ due, ...(due ? { dueWithinWorkingDays: null } : {}) })}
          hint="Or give working days"
        />
        <TextField
          id={`${prefix}-within`}
          type="number"
          label="Or within (working days)"
          inputRef={within.field}
          value={within.text}
          onChange={(event) => {
            within.setText(event.target.value)
            const days = Math.round(Number(event.target.value))
            update(
              days >= 1 && days <= 260
                ? { dueWithinWorkingDays: days, due: null }
                : { dueWithinWorkingDays: null },
              'within',
            )
          }}
          slotProps={{ htmlInput: { min: 1, max: 260 } }}
          helperText={due.kind === 'within' ? describeActionDue(due) : relativeDueRule}
        />
        <SavedTextField
          sx={{ gridColumn: { md: '1 / -1' } }}
          id={`${prefix}-measure`}
          label="How we will know it is done"
          saved={action.measure}
          placeholder="Attends all 8 sessions"
          onSave={(measure) => update({ measure }, 'measure')}
        />
        {/* A worry is a sentence: the whole row, so it is read whole rather than cut off. */}
        <Autocomplete
          sx={{ gridColumn: { md: '1 / -1' } }}
          id={`${prefix}-addresses`}
          freeSolo
          options={dangers}
          value={addresses.text}
          inputValue={addresses.text}
          onInputChange={(_event, text, reason) => {
            // MUI puts the text back to the value each time the saved value changes: never ours to take.
            if (reason === 'reset') return
            addresses.setText(text)
            update({ addresses: text }, 'addresses')
          }}
          renderInput={(params) => (
            <TextField {...params} inputRef={addresses.field} label="Which worry it addresses" />
          )}
        />
      </Box>
      <Box id={`${prefix}-smart`} aria-live="polite" sx={{ mt: 1.5 }}>
        {problems.length === 0 ? (
          <Typography color="success.main" variant="body2">
            Specific, measurable and timed.
          </Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'warning.main' }}>
            {problems.map((problem) => (
              <Typography component="li" variant="body2" key={problem.kind}>
                <strong>{withFullStop(problem.message)}</strong>{' '}
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {withFullStop(problem.suggestion)}
                </Box>
              </Typography>
            ))}
          </Box>
        )}
      </Box>
    </Paper>
  )
}

/**
 * What is typed in a field saved at each keystroke: the field's own while it has the focus, and the saved
 * text again whenever that changes while it has not (a correction elsewhere, an undo).
 */
function useTypedText(saved: string): {
  readonly text: string
  readonly setText: (text: string) => void
  readonly field: RefObject<HTMLInputElement | null>
} {
  const [text, setText] = useState(saved)
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (document.activeElement !== field.current) setText(saved)
  }, [saved])
  return { text, setText, field }
}
