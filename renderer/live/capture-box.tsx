import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import type { Participant } from '../../shared/model/people.ts'
import { LanguageAssist, type KeptWording, type LanguageAssistHandle } from '../language/language-assist.tsx'
import { useLanguageTools } from '../language/language-tools.tsx'
import { SpeakerPicker } from './speaker-picker.tsx'

/** A note as the capture box hands it over. */
export type CapturedNote = {
  readonly text: string
  readonly speakerId: string | null
  readonly notForFamily: boolean
  readonly verbatim: boolean
  /** Wordings the minute taker chose to keep in this note, though the assistant suggested otherwise. */
  readonly kept: ReadonlyArray<KeptWording>
}

type Props = {
  readonly sectionKey: string
  readonly sectionHeading: string
  readonly people: ReadonlyArray<Participant>
  readonly names: ReadonlyMap<string, string>
  readonly onAdd: (note: CapturedNote) => void
}

/**
 * The box that is always ready: Enter adds the note to the current section (Shift+Enter for a new line).
 * Typing here does no React work at all (the field is uncontrolled), so keystrokes stay quick however
 * long the meeting. 'Not for the family' stays on until turned off:
 * a closed part usually runs for several notes, and a note withheld by mistake is safer than one shared
 * by mistake.
 */
export const CaptureBox = memo(function CaptureBox({
  sectionKey,
  sectionHeading,
  people,
  names,
  onAdd,
}: Props) {
  const [speakerId, setSpeakerId] = useState<string | null>(null)
  const [notForFamily, setNotForFamily] = useState(false)
  const [verbatim, setVerbatim] = useState(false)
  const [empty, setEmpty] = useState(false)
  const noteField = useRef<HTMLTextAreaElement>(null)
  const assist = useRef<LanguageAssistHandle>(null)
  const language = useLanguageTools()
  const focusNote = useCallback(() => void requestAnimationFrame(() => noteField.current?.focus()), [])

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      const key = event.key.toLowerCase()
      if (!event.shiftKey && key === 'k') {
        event.preventDefault()
        // Select what is there, so typing a few letters replaces the last speaker rather than adding to them.
        const speaker = document.getElementById('speaker')
        if (speaker instanceof HTMLInputElement) {
          speaker.focus()
          speaker.select()
        }
      } else if (event.shiftKey && key === 'h') {
        event.preventDefault()
        setNotForFamily((on) => !on)
      } else if (event.shiftKey && key === 'o') {
        event.preventDefault()
        setVerbatim((on) => !on)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const add = (): void => {
    const field = noteField.current
    const text = field?.value ?? ''
    if (text.trim() === '') {
      setEmpty(true)
      return
    }
    onAdd({ text, speakerId, notForFamily, verbatim, kept: assist.current?.takeKept() ?? [] })
    if (field) field.value = ''
    assist.current?.refresh()
    setVerbatim(false)
    setEmpty(false)
    noteField.current?.focus()
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if (
      event.key === 'Enter' &&
      !event.shiftKey &&
      !event.ctrlKey &&
      !event.altKey &&
      !event.nativeEvent.isComposing
    ) {
      event.preventDefault()
      add()
    }
  }

  return (
    <Paper
      component="section"
      aria-label="Add a note"
      elevation={3}
      variant="elevation"
      sx={{
        position: 'sticky',
        bottom: 12,
        zIndex: 2,
        p: 2,
        mt: 2,
        border: 2,
        borderColor: notForFamily ? 'warning.main' : 'primary.main',
      }}
    >
      {notForFamily && (
        <Alert severity="warning" sx={{ mb: 1.5 }} role="status">
          Closed part: notes added now are not shared with the family, nor shown on the room&apos;s screen.
          Ctrl+Shift+H ends it.
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <SpeakerPicker
          people={people}
          names={names}
          speakerId={speakerId}
          onChange={setSpeakerId}
          onDone={focusNote}
        />
        <Box sx={{ flexGrow: 1 }}>
          <LanguageAssist
            field={noteField}
            sectionKey={sectionKey}
            noteId={null}
            enabled={!verbatim}
            statusId="note-language-status"
            ref={assist}
          >
            <TextField
              id="note-text"
              inputRef={noteField}
              label={`Note for: ${sectionHeading}`}
              // Uncontrolled: typing does no React work at all; the text is read when the note is added.
              defaultValue=""
              onChange={empty ? () => setEmpty(false) : undefined}
              onKeyDown={onKeyDown}
              autoFocus
              error={empty}
              helperText={
                empty ? 'Type the note first' : 'Enter adds the note; Shift+Enter starts a new line'
              }
              slotProps={{
                // A plain textarea: MUI's multiline field measures the page's layout after every render.
                input: { inputComponent: 'textarea' },
                htmlInput: {
                  rows: 2,
                  maxLength: 100_000,
                  dir: 'auto',
                  'aria-keyshortcuts': 'Enter Control+J',
                  'aria-describedby': 'note-text-helper-text note-language-status',
                },
              }}
              // Grows with its text in CSS: JavaScript auto-sizing measured the whole page on every keystroke.
              sx={{
                '& textarea': {
                  fieldSizing: 'content',
                  minHeight: '2lh',
                  maxHeight: '10lh',
                  overflowY: 'auto',
                },
              }}
            />
          </LanguageAssist>
        </Box>
        <Button
          variant="contained"
          onClick={add}
          sx={{ alignSelf: { md: 'flex-start' }, mt: { md: 0.5 }, whiteSpace: 'nowrap' }}
        >
          Add note
        </Button>
      </Stack>
      <Stack
        direction="row"
        useFlexGap
        spacing={3}
        sx={{ flexWrap: 'wrap', rowGap: 0, mt: { md: -1 }, ml: { md: '256px' } }}
      >
        <FormControlLabel
          control={
            <Checkbox
              id="note-not-for-family"
              checked={notForFamily}
              onChange={(event) => setNotForFamily(event.target.checked)}
              slotProps={{ input: { 'aria-keyshortcuts': 'Control+Shift+H' } }}
            />
          }
          label="Not for the family (closed part)"
        />
        <FormControlLabel
          control={
            <Checkbox
              id="note-verbatim"
              checked={verbatim}
              onChange={(event) => setVerbatim(event.target.checked)}
              slotProps={{ input: { 'aria-keyshortcuts': 'Control+Shift+O' } }}
            />
          }
          label="In their own words"
        />
        {language.settings && (
          <FormControlLabel
            control={
              <Checkbox
                id="language-assistant-on"
                checked={language.on}
                onChange={(event) => void language.setOn(event.target.checked)}
              />
            }
            label="Wording suggestions"
          />
        )}
      </Stack>
    </Paper>
  )
})
