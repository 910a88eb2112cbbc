import { memo, useMemo, useRef, type KeyboardEvent } from 'react'
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
  /**
   * Called, in the very keystroke that makes the choice (Enter, even of the same speaker again) or
   * abandons it (Escape), so the caller can move the focus on before the next key arrives.
   */
  readonly onDone: () => void
  readonly id?: string
  readonly label?: string
  readonly size?: 'small' | 'medium'
  readonly width?: string
}

/**
 * Who is speaking: type a few letters of a name or a role ('sar', 'hv', 'social'), then Enter. Enter always
 * finishes the choice, in the same keystroke: the highlighted person, or the best match for what was
 * typed, or (when nobody matches) nobody. So the focus moves on at once and a fast typist's next key never
 * lands here.
 */
export const SpeakerPicker = memo(function SpeakerPicker({
  people,
  names,
  speakerId,
  onChange,
  onDone,
  id = 'speaker',
  label = 'Speaker',
  size = 'small',
  width = '15rem',
}: Props) {
  const options = useMemo(() => sortPeople(people), [people])
  const value = options.find((person) => person.id === speakerId) ?? null
  const highlighted = useRef<Participant | null>(null)
  const typed = useRef('')
  const labelOf = (person: Participant): string => names.get(person.id) ?? person.name

  const open = useRef(false)
  /** What was typed, settled as a choice: the highlighted person, else the best match; nobody for none. */
  const settle = (): void => {
    const query = typed.current.trim()
    const unchanged = query === '' || (value !== null && query === labelOf(value))
    if (!unchanged) onChange(highlighted.current?.id ?? matchPeople(options, query)[0]?.id ?? null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement> & { defaultMuiPrevented?: boolean }): void => {
    if (event.nativeEvent.isComposing) return
    // Tab takes who is highlighted, as Enter does, and goes on as Tab does: never a note put to whoever
    // was chosen before the letters typed here.
    if (event.key === 'Tab') {
      if (open.current) settle()
      return
    }
    // Escape with no list open (Ctrl+K, then thought better of it): back to the note, where the next words go.
    if (event.key === 'Escape' && !open.current) {
      event.preventDefault()
      event.defaultMuiPrevented = true
      onDone()
      return
    }
    if (event.key !== 'Enter') return
    // MUI chooses the highlighted person itself (and onClose moves on); anything else is settled here.
    if (highlighted.current) return
    event.preventDefault()
    event.defaultMuiPrevented = true
    settle()
    onDone()
  }

  return (
    <Autocomplete
      id={id}
      options={options}
      value={value}
      onChange={(_event, person) => onChange(person?.id ?? null)}
      onInputChange={(_event, input) => {
        typed.current = input
        // Typing brings the best match to the top: that is who Enter chooses now, not one moved to before.
        highlighted.current = null
      }}
      onHighlightChange={(_event, person) => {
        highlighted.current = person
      }}
      onOpen={() => {
        open.current = true
      }}
      onClose={(_event, reason) => {
        open.current = false
        highlighted.current = null
        if (reason === 'selectOption' || reason === 'escape') onDone()
      }}
      onKeyDown={onKeyDown}
      getOptionLabel={labelOf}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      filterOptions={(candidates, state) => matchPeople(candidates, state.inputValue)}
      autoHighlight
      autoSelect={false}
      openOnFocus
      size={size}
      noOptionsText="Nobody with that name or role: Enter goes on with no speaker. Add people on the Before the meeting tab."
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
        <TextField
          {...params}
          label={label}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-keyshortcuts': 'Control+K', dir: 'auto' },
          }}
        />
      )}
      slotProps={{ popper: { sx: { minWidth: 300 }, placement: 'top-start' } }}
      sx={{ width, flexShrink: 0 }}
    />
  )
})
