import Box from '@mui/material/Box'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { LetterSettings } from '../../shared/settings/letter-settings.ts'

const fields: ReadonlyArray<{
  readonly key: Exclude<keyof LetterSettings, 'coveringMessage' | 'decisionLetterMessage'>
  readonly label: string
  readonly most: number
  readonly lines?: number
  readonly placeholder?: string
}> = [
  { key: 'council', label: 'Council', most: 120, placeholder: 'Northshire County Council' },
  { key: 'service', label: 'Service', most: 120 },
  { key: 'address', label: 'Postal address', most: 400, lines: 3 },
  { key: 'telephone', label: 'Telephone', most: 60 },
  { key: 'email', label: 'Email', most: 200, placeholder: 'cp.conferences@council.gov.uk' },
]

/**
 * The letterhead the administrator's letters go out on, and the covering message of each email and letter,
 * with the words filled in for each person shown as {name}, {documents}, {meeting}, {date}, {version} and
 * {correctionsBy}.
 */
export function LetterSettingsEditor({
  value,
  onChange,
}: {
  readonly value: LetterSettings
  readonly onChange: (value: LetterSettings) => void
}) {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography color="text.secondary">
        Used for the pack the administrator makes: the letterhead on each cover letter, and who each email
        draft comes from.
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        {fields.map((field) => (
          <TextField
            key={field.key}
            id={`letters-${field.key}`}
            label={field.label}
            value={value[field.key]}
            placeholder={field.placeholder}
            multiline={field.lines !== undefined}
            minRows={field.lines}
            onChange={(event) => onChange({ ...value, [field.key]: event.target.value })}
            slotProps={{ htmlInput: { maxLength: field.most } }}
          />
        ))}
      </Box>
      <TextField
        id="letters-decision-message"
        label="Covering message for the decision letter"
        multiline
        minRows={5}
        value={value.decisionLetterMessage}
        onChange={(event) => onChange({ ...value, decisionLetterMessage: event.target.value })}
        helperText="Filled in for each person: {name}, {documents}, {meeting}, {date} and {version}."
        slotProps={{ htmlInput: { maxLength: 4000 } }}
      />
      <TextField
        id="letters-covering-message"
        label="Covering message for the minutes"
        multiline
        minRows={6}
        value={value.coveringMessage}
        onChange={(event) => onChange({ ...value, coveringMessage: event.target.value })}
        helperText="Filled in for each person: {name}, {documents}, {meeting}, {date}, {version} and {correctionsBy}."
        slotProps={{ htmlInput: { maxLength: 4000 } }}
      />
    </Box>
  )
}
