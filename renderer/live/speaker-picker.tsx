import { memo } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import TextField from '@mui/material/TextField'
import type { Participant } from '../../shared/model/people.ts'
import { matchPeople, sortPeople } from '../../shared/rules/people.ts'

type Props = {
  readonly people: ReadonlyArray<Participant>
  readonly names: ReadonlyMap<string, string>
  readonly speakerId: string | null
  readonly onChange: (speakerId: string | null) => void
  /** Called when the choice is made (even of the same speaker again) or abandoned with Escape. */
  readonly onDone: () => void
}

/** Who is speaking: type a few letters of a name or a role ('sar', 'hv', 'social'), then Enter. */
export const SpeakerPicker = memo(function SpeakerPicker({
  people,
  names,
  speakerId,
  onChange,
  onDone,
}: Props) {
  const options = sortPeople(people)
  const value = options.find((person) => person.id === speakerId) ?? null
  return (
    <Autocomplete
      id="speaker"
      options={options}
      value={value}
      onChange={(_event, person) => onChange(person?.id ?? null)}
      onClose={(_event, reason) => {
        if (reason === 'selectOption' || reason === 'escape') onDone()
      }}
      getOptionLabel={(person) => names.get(person.id) ?? person.name}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      filterOptions={(candidates, state) => matchPeople(candidates, state.inputValue)}
      autoHighlight
      autoSelect={false}
      openOnFocus
      size="small"
      noOptionsText="Nobody with that name or role. Add people on the Before the meeting tab."
      renderOption={(props, person) => {
        const { key, ...rest } = props as typeof props & { key: string }
        return (
          <Box
            component="li"
            key={key}
            {...rest}
            sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start !important' }}
          >
            <bdi>{person.name}</bdi>
            <Box component="span" sx={{ fontSize: '0.8rem', color: 'text.secondary' }}>
              {[person.role, person.agency].filter(Boolean).join(', ')}
            </Box>
          </Box>
        )
      }}
      renderInput={(params) => (
        <TextField {...params} label="Speaker" helperText="Ctrl+K, then a few letters" />
      )}
      sx={{ minWidth: 240 }}
    />
  )
})
