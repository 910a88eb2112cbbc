import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import { useLocalCopy } from '../common/use-local-copy.ts'

/** One question answered by choosing one of a few options, as a labelled radio group in a row. */
export function ChoiceGroup<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  readonly id: string
  readonly label: string
  readonly value: T | null
  readonly options: ReadonlyArray<readonly [T, string]>
  readonly onChange: (value: T) => void
}) {
  const [shown, show] = useLocalCopy(value)
  return (
    <FormControl id={id} component="fieldset">
      <FormLabel id={`${id}-label`} component="legend" sx={{ color: 'text.primary' }}>
        {label}
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby={`${id}-label`}
        value={shown ?? ''}
        onChange={(event) => {
          show(event.target.value as T)
          onChange(event.target.value as T)
        }}
      >
        {options.map(([option, text]) => (
          <FormControlLabel key={option} value={option} control={<Radio />} label={text} />
        ))}
      </RadioGroup>
    </FormControl>
  )
}
