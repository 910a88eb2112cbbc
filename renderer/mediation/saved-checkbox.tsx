import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import { useLocalCopy } from '../common/use-local-copy.ts'

/** A labelled checkbox that ticks at once and saves behind: it follows the click, not the round trip. */
export function SavedCheckbox({
  id,
  label,
  checked,
  onChange,
}: {
  readonly id?: string
  readonly label: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}) {
  const [shown, show] = useLocalCopy(checked)
  return (
    <FormControlLabel
      sx={{ display: 'flex' }}
      label={label}
      control={
        <Checkbox
          {...(id ? { id } : {})}
          checked={shown}
          onChange={(event) => {
            show(event.target.checked)
            onChange(event.target.checked)
          }}
        />
      }
    />
  )
}
