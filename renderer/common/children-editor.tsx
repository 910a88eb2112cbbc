import { useEffect, useRef } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import DeleteOutline from '@mui/icons-material/DeleteOutlined'
import { ageInYears, ukDateOf } from '../../shared/dates/british-date.ts'
import { BritishDateField } from './british-date-field.tsx'
import { dateOfBirthProblem } from '../../shared/rules/plausible.ts'
import { focusAfterDrawing } from './focus-after-drawing.ts'

/** A child as the form holds it: a stable key, a name and a date of birth (ISO, or null if not known). */
export type ChildRow = {
  readonly key: string
  readonly name: string
  readonly knownAs: string
  readonly dateOfBirth: string | null
}

type Props = {
  readonly rows: ReadonlyArray<ChildRow>
  readonly onChange: (rows: ReadonlyArray<ChildRow>) => void
  readonly idPrefix: string
  readonly nameProblems?: Readonly<Record<string, string>>
  readonly onDateValidity?: (key: string, valid: boolean) => void
  readonly newKey: () => string
}

/** The children a meeting is about: a name and date of birth each, with the age shown. */
export function ChildrenEditor({
  rows,
  onChange,
  idPrefix,
  nameProblems = {},
  onDateValidity,
  newKey,
}: Props) {
  const today = ukDateOf(new Date())
  const focusRow = useRef<number | null>(null)
  useEffect(() => {
    if (focusRow.current === null) return
    document.getElementById(`${idPrefix}-name-${focusRow.current}`)?.focus()
    focusRow.current = null
  })
  const update = (key: string, change: Partial<ChildRow>): void =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)))
  return (
    <Stack spacing={2}>
      {rows.length === 0 && <Typography color="text.secondary">No children added yet.</Typography>}
      {rows.map((row, index) => {
        const age = row.dateOfBirth ? ageInYears(row.dateOfBirth, today) : null
        const label = row.name.trim() === '' ? `child ${index + 1}` : row.name
        return (
          <Box
            key={row.key}
            role="group"
            aria-label={`Child ${index + 1}`}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: '2fr 1.2fr 1.4fr auto' },
              gap: 2,
              alignItems: 'start',
            }}
          >
            <TextField
              id={`${idPrefix}-name-${index}`}
              label="Child's full name"
              value={row.name}
              onChange={(event) => update(row.key, { name: event.target.value })}
              error={nameProblems[row.key] !== undefined}
              helperText={nameProblems[row.key] ?? ' '}
              autoComplete="off"
              required
            />
            <TextField
              id={`${idPrefix}-known-as-${index}`}
              label="Known as"
              value={row.knownAs}
              onChange={(event) => update(row.key, { knownAs: event.target.value })}
              helperText="What they like to be called"
              autoComplete="off"
            />
            <BritishDateField
              id={`${idPrefix}-dob-${index}`}
              label="Date of birth"
              value={row.dateOfBirth}
              onChange={(iso) => update(row.key, { dateOfBirth: iso })}
              onValidity={(valid) => onDateValidity?.(row.key, valid)}
              error={dateOfBirthProblem(row.dateOfBirth, today)}
              hint={age === null ? 'Leave empty if not known' : `Aged ${age}`}
            />
            <IconButton
              aria-label={`Remove ${label}`}
              onClick={() => {
                onChange(rows.filter((other) => other.key !== row.key))
                focusAfterDrawing(`#${idPrefix}-add`)
              }}
              sx={{ mt: 1 }}
            >
              <DeleteOutline />
            </IconButton>
          </Box>
        )
      })}
      <Box>
        <Button
          id={`${idPrefix}-add`}
          startIcon={<Add />}
          onClick={() => {
            focusRow.current = rows.length
            onChange([...rows, { key: newKey(), name: '', knownAs: '', dateOfBirth: null }])
          }}
          disabled={rows.length >= 20}
        >
          {rows.length === 0 ? 'Add a child' : 'Add another child'}
        </Button>
      </Box>
    </Stack>
  )
}
