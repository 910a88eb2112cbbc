import { useState } from 'react'
import TextField, { type TextFieldProps } from '@mui/material/TextField'

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** The text as the meeting has it when the field first shows. */
  readonly saved: string
  /** Saves the text: called as the user types (the command queue keeps only the latest for each key). */
  readonly onSave: (text: string) => void
}

/**
 * A text field saved as you type. It keeps its own copy of the text, so a save arriving from the store
 * never moves the caret or undoes a letter typed meanwhile.
 */
export function SavedTextField({ saved, onSave, ...props }: Props) {
  const [text, setText] = useState(saved)
  return (
    <TextField
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        onSave(event.target.value)
      }}
    />
  )
}
