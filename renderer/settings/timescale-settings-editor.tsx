import Box from '@mui/material/Box'
import TextField from '@mui/material/TextField'
import type { TimescaleSettings } from '../../shared/kinds/conference/timescale-settings.ts'

const fields: ReadonlyArray<readonly [keyof TimescaleSettings, string, string, number, number]> = [
  ['icpcWithinWorkingDays', 'Initial conference after the strategy discussion', 'Working days', 1, 60],
  ['firstCoreGroupWorkingDays', 'First core group after the initial conference', 'Working days', 1, 60],
  ['firstReviewMonths', 'First review after the initial conference', 'Months', 1, 12],
  ['laterReviewMonths', 'Later reviews after the one before', 'Months', 1, 12],
  [
    'decisionToAttendeesWorkingDays',
    'Decision and outline plan sent to those invited',
    'Working days',
    0,
    20,
  ],
  ['minutesWorkingDays', 'Full minutes sent out', 'Working days after the meeting', 1, 60],
  [
    'correctionsWorkingDays',
    'Corrections from those who receive the minutes',
    'Working days after they are sent',
    1,
    60,
  ],
]

/** The statutory timescales the dates and countdowns are worked out from. */
export function TimescaleSettingsEditor({
  value,
  onChange,
}: {
  readonly value: TimescaleSettings
  readonly onChange: (value: TimescaleSettings) => void
}) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      {fields.map(([key, label, unit, min, max]) => (
        <TextField
          key={key}
          id={`timescale-${key}`}
          type="number"
          label={label}
          value={value[key]}
          helperText={unit}
          onChange={(event) =>
            onChange({
              ...value,
              [key]: Math.max(min, Math.min(max, Math.round(Number(event.target.value) || min))),
            })
          }
          slotProps={{ htmlInput: { min, max } }}
        />
      ))}
    </Box>
  )
}
