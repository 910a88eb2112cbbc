import { useEffect, useRef, useState } from 'react'
import TextField from '@mui/material/TextField'
import { formatBritishDate, parseBritishDate } from '../../shared/dates/british-date.ts'

type Props = {
  readonly id: string
  readonly label: string
  /** The date in ISO form, or null when empty. */
  readonly value: string | null
  /** Called with the ISO date when the text is a real date, or null when the field is emptied. */
  readonly onChange: (iso: string | null) => void
  readonly required?: boolean
  readonly hint?: string
  /** A problem to show, from the form (for example 'Enter the date of the meeting'). */
  readonly error?: string | null
  readonly onValidity?: (valid: boolean) => void
}

/**
 * A date typed the British way, 22/11/2026. The text is the user's until it reads as a real date; an
 * unreadable date is shown as a problem and never thrown away.
 */
export function BritishDateField({
  id,
  label,
  value,
  onChange,
  required = false,
  hint,
  error,
  onValidity,
}: Props) {
  const [text, setText] = useState(value ? formatBritishDate(value) : '')
  const [focused, setFocused] = useState(false)
  const shownValue = useRef(value)
  useEffect(() => {
    // Follow a new value from outside (another window, a restore), but never overwrite what is being typed,
    // and never clear an unreadable date just because the field lost focus.
    if (value === shownValue.current) return
    shownValue.current = value
    if (!focused) setText(value ? formatBritishDate(value) : '')
  }, [value, focused])
  const trimmed = text.trim()
  const parsed = trimmed === '' ? null : parseBritishDate(trimmed)
  const ownProblem = trimmed !== '' && parsed === null ? 'Enter a real date, like 22/11/2026' : null
  const problem = ownProblem ?? error ?? null
  const hintId = `${id}-hint`
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      required={required}
      placeholder="DD/MM/YYYY"
      autoComplete="off"
      error={problem !== null}
      helperText={problem ?? hint ?? 'For example, 22/11/2026'}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false)
        if (parsed) setText(formatBritishDate(parsed))
      }}
      onChange={(event) => {
        const next = event.target.value
        setText(next)
        const nextTrimmed = next.trim()
        const iso = nextTrimmed === '' ? null : parseBritishDate(nextTrimmed)
        onValidity?.(nextTrimmed === '' || iso !== null)
        if (nextTrimmed === '' || iso !== null) {
          shownValue.current = iso
          onChange(iso)
        }
      }}
      slotProps={{
        htmlInput: { inputMode: 'numeric', 'aria-describedby': hintId, spellCheck: false },
        formHelperText: { id: hintId },
      }}
    />
  )
}
