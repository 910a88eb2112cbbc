import { useState } from 'react'
import TextField, { type TextFieldProps } from '@mui/material/TextField'
import { usePausedSave } from './use-case.ts'

const shortest = 500
const longest = 20_000

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'defaultValue' | 'onBlur'> & {
  readonly saved: string
  readonly onSave: (text: string) => void
}

/**
 * A text field of a case, saved when the typing pauses and when the field is left: it keeps its own copy,
 * so a save coming back never moves the caret.
 */
export function CaseTextField({ saved, onSave, ...props }: Props) {
  const [text, setText] = useState(saved)
  // As long as the case keeps: a field never takes more than can be saved.
  const maxLength = props.multiline ? longest : shortest
  const { typed, flush } = usePausedSave(onSave)
  return (
    <TextField
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        typed(event.target.value)
      }}
      onBlur={flush}
      slotProps={{ htmlInput: { maxLength } }}
    />
  )
}
