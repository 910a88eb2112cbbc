import type { ChangeEventHandler, ReactNode } from 'react'
import FormControl from '@mui/material/FormControl'
import FormHelperText from '@mui/material/FormHelperText'
import InputLabel from '@mui/material/InputLabel'
import OutlinedInput from '@mui/material/OutlinedInput'
import type { SxProps, Theme } from '@mui/material/styles'

type Props = {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onChange: ChangeEventHandler<HTMLInputElement>
  readonly type?: 'text' | 'password' | 'search'
  readonly autoComplete?: string
  readonly autoFocus?: boolean
  readonly required?: boolean
  readonly placeholder?: string
  readonly helperText?: ReactNode
  /** Read out as it changes (a judgement made as the user types). */
  readonly helperLive?: boolean
  readonly startAdornment?: ReactNode
  readonly sx?: SxProps<Theme>
}

/**
 * A one-line text field that looks and reads as MUI's outlined TextField, for the first screens (the lock
 * screen and the meetings list). TextField brings Select with it, and Select brings menus, popovers and
 * modals: code the first screen would fetch, compile and run for a field it never shows.
 */
export function PlainTextField({
  id,
  label,
  helperText,
  helperLive = false,
  required,
  sx,
  startAdornment,
  ...input
}: Props) {
  const helperId = helperText ? `${id}-helper-text` : undefined
  return (
    <FormControl fullWidth required={required} sx={sx}>
      <InputLabel htmlFor={id} id={`${id}-label`}>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        startAdornment={startAdornment}
        aria-describedby={helperId}
        {...input}
      />
      {helperText && (
        <FormHelperText id={helperId} aria-live={helperLive ? 'polite' : undefined}>
          {helperText}
        </FormHelperText>
      )}
    </FormControl>
  )
}
