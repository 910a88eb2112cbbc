import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import Typography from '@mui/material/Typography'
import { visuallyHidden } from '@mui/utils'
import LockOutlined from '@mui/icons-material/LockOutlined'
import FormatQuote from '@mui/icons-material/FormatQuote'
import Spellcheck from '@mui/icons-material/Spellcheck'
import type { Participant } from '../../shared/model/people.ts'
import type { NoteDraft } from '../../shared/model/note-draft.ts'
import { convene } from '../api/convene.ts'
import { LanguageAssist, type KeptWording, type LanguageAssistHandle } from '../language/language-assist.tsx'
import { useLanguageTools } from '../language/language-tools.tsx'
import { DraftKeeper, draftShownFor, mergeDraftText } from './note-draft.ts'
import { chordAria, chordLabel, isChord } from '../common/shortcuts.ts'
import { SpeakerPicker } from './speaker-picker.tsx'

/** A note as the capture box hands it over. */
export type CapturedNote = {
  /** The id the note keeps once added (the draft's, so a draft already added is never brought back). */
  readonly noteId: string
  readonly text: string
  readonly speakerId: string | null
  readonly notForFamily: boolean
  readonly verbatim: boolean
  /** Wordings the minute taker chose to keep in this note, though the assistant suggested otherwise. */
  readonly kept: ReadonlyArray<KeptWording>
}

type Props = {
  readonly meetingId: string
  readonly sectionKey: string
  readonly sectionHeading: string
  /** Who may be chosen as speaker. */
  readonly people: ReadonlyArray<Participant>
  readonly names: ReadonlyMap<string, string>
  readonly onAdd: (note: CapturedNote) => void
  /** True when a note with this id is already in the meeting (a draft left from before a crash). */
  readonly isAdded: (noteId: string) => boolean
  /** A short message shown in the box's own line (the undo of a deletion), where it covers nothing. */
  readonly notice?: ReactNode
}

/** A draft as it may be brought back: its note not added yet, its speaker still in the meeting. */
function usable(draft: NoteDraft | null, props: Pick<Props, 'isAdded' | 'people'>): NoteDraft | null {
  if (!draft || props.isAdded(draft.noteId)) return null
  const known = draft.speakerId === null || props.people.some((person) => person.id === draft.speakerId)
  return known ? draft : { ...draft, speakerId: null }
}

/**
 * The box that is always ready: who is speaking, the words, and two small switches, in one line that grows
 * as the note does. Enter adds the note to the current section (Shift+Enter for a new line). Typing here
 * does no React work at all (the field is uncontrolled); what is in the box is kept as a draft for the
 * meeting as typing pauses, so a tab switch, a reload or a crash throws nothing away. 'Not for the family'
 * stays on until turned off: a closed part usually runs for several notes, and a note withheld by mistake
 * is safer than one shared by mistake.
 */
export const CaptureBox = memo(function CaptureBox(props: Props) {
  const { meetingId, sectionKey, sectionHeading, people, names, onAdd, notice } = props
  const [restored] = useState(() => usable(draftShownFor(meetingId), props))
  const [speakerId, setSpeakerId] = useState<string | null>(restored?.speakerId ?? null)
  const [notForFamily, setNotForFamily] = useState(restored?.notForFamily ?? false)
  const [verbatim, setVerbatim] = useState(restored?.verbatim ?? false)
  const [empty, setEmpty] = useState(false)
  const [statusLine, setStatusLine] = useState<HTMLElement | null>(null)
  const noteField = useRef<HTMLTextAreaElement>(null)
  const box = useRef<HTMLElement>(null)
  const assist = useRef<LanguageAssistHandle>(null)
  const noteId = useRef(restored?.noteId ?? crypto.randomUUID())
  const latest = useRef({ speakerId, notForFamily, verbatim })
  const keeper = useRef<DraftKeeper | null>(null)
  const touched = useRef(false)
  const language = useLanguageTools()
  const latestProps = useRef(props)
  useEffect(() => {
    latestProps.current = props
  })

  // The choice of speaker is made in a keystroke; the focus moves on in that same keystroke, so the next
  // key, however soon it comes, goes into the note.
  const focusNote = useCallback(() => noteField.current?.focus(), [])

  const changed = useCallback((patch: Partial<typeof latest.current>) => {
    latest.current = { ...latest.current, ...patch }
    touched.current = true
    keeper.current?.changed()
  }, [])
  const chooseSpeaker = useCallback(
    (id: string | null) => {
      setSpeakerId(id)
      changed({ speakerId: id })
    },
    [changed],
  )
  const toggleClosed = useCallback(() => {
    const next = !latest.current.notForFamily
    setNotForFamily(next)
    changed({ notForFamily: next })
  }, [changed])
  const toggleVerbatim = useCallback(() => {
    const next = !latest.current.verbatim
    setVerbatim(next)
    changed({ verbatim: next })
  }, [changed])

  // The draft: brought back (from this window, or from main after a reload or a crash), kept as typing
  // pauses, and saved when the box is left or the page goes.
  useEffect(() => {
    const field = noteField.current
    if (!field) return
    let keeperOf: DraftKeeper | null = null
    const restoring = restored
      ? Promise.resolve()
      : convene()
          .drafts.get(meetingId)
          .then((result) => {
            const draft = result.ok ? usable(result.value, latestProps.current) : null
            if (!draft) return
            noteId.current = draft.noteId
            // Even when the box has gone meanwhile: the words go into it, and from it into the saved draft.
            field.value = mergeDraftText(draft.text, field.value)
            if (!touched.current) {
              latest.current = {
                speakerId: draft.speakerId,
                notForFamily: draft.notForFamily,
                verbatim: draft.verbatim,
              }
              setSpeakerId(draft.speakerId)
              setNotForFamily(draft.notForFamily)
              setVerbatim(draft.verbatim)
            }
            assist.current?.refresh()
            keeperOf?.changed()
          })
    const draftKeeper = new DraftKeeper(
      meetingId,
      () => ({ noteId: noteId.current, text: field.value, ...latest.current }),
      (saved) => box.current?.setAttribute('data-draft-saved', String(saved)),
      restoring.catch(() => undefined),
    )
    keeperOf = draftKeeper
    keeper.current = draftKeeper
    const onInput = (): void => draftKeeper.changed()
    const onLeave = (): void => draftKeeper.flush()
    field.addEventListener('input', onInput)
    window.addEventListener('pagehide', onLeave)
    return () => {
      field.removeEventListener('input', onInput)
      window.removeEventListener('pagehide', onLeave)
      draftKeeper.close()
      if (keeper.current === draftKeeper) keeper.current = null
    }
  }, [meetingId, restored])

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (isChord(event, 'speaker')) {
        event.preventDefault()
        // Select what is there, so typing a few letters replaces the last speaker rather than adding to them.
        const speaker = document.getElementById('speaker')
        if (speaker instanceof HTMLInputElement) {
          speaker.focus()
          speaker.select()
        }
      } else if (isChord(event, 'closed-part')) {
        event.preventDefault()
        toggleClosed()
      } else if (isChord(event, 'own-words')) {
        event.preventDefault()
        toggleVerbatim()
      } else if (isChord(event, 'wording') && event.target !== noteField.current) {
        // Outside the note (where the assistant answers it) Ctrl+J would open the browser's downloads.
        event.preventDefault()
        noteField.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toggleClosed, toggleVerbatim])

  const add = (): void => {
    const field = noteField.current
    const text = field?.value ?? ''
    if (text.trim() === '') {
      setEmpty(true)
      return
    }
    onAdd({
      noteId: noteId.current,
      text,
      speakerId,
      notForFamily,
      verbatim,
      kept: assist.current?.takeKept() ?? [],
    })
    noteId.current = crypto.randomUUID()
    if (field) field.value = ''
    assist.current?.refresh()
    setVerbatim(false)
    latest.current = { ...latest.current, verbatim: false }
    setEmpty(false)
    keeper.current?.changed()
    keeper.current?.flush()
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

  const toggleSx = {
    py: 0.25,
    px: 1,
    gap: 0.5,
    textTransform: 'none',
    fontSize: '0.8rem',
    lineHeight: 1.4,
    whiteSpace: 'nowrap',
    border: 1,
  } as const
  return (
    <Paper
      component="section"
      aria-label="Add a note"
      ref={box}
      elevation={3}
      data-closed-part={notForFamily ? 'true' : undefined}
      sx={{
        px: 1.5,
        pt: 1.5,
        pb: 0.75,
        border: 2,
        borderColor: notForFamily ? 'warning.main' : 'primary.main',
        // A closed part is plain at a glance: the box turns the colour of the warning.
        bgcolor: notForFamily
          ? 'color-mix(in srgb, var(--mui-palette-warning-main) 12%, var(--mui-palette-background-paper))'
          : undefined,
        flexShrink: 0,
      }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <SpeakerPicker
          people={people}
          names={names}
          speakerId={speakerId}
          onChange={chooseSpeaker}
          onDone={focusNote}
        />
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <LanguageAssist
            field={noteField}
            sectionKey={sectionKey}
            noteId={null}
            enabled={!verbatim}
            statusId="note-language-status"
            statusContainer={statusLine}
            ref={assist}
          >
            <TextField
              id="note-text"
              inputRef={noteField}
              label={`Note for: ${sectionHeading}`}
              // Uncontrolled: typing does no React work at all; the text is read when the note is added.
              defaultValue={restored?.text ?? ''}
              onChange={empty ? () => setEmpty(false) : undefined}
              onKeyDown={onKeyDown}
              autoFocus
              fullWidth
              size="small"
              error={empty}
              slotProps={{
                // A plain textarea: MUI's multiline field measures the page's layout after every render.
                input: { inputComponent: 'textarea' },
                htmlInput: {
                  rows: 1,
                  maxLength: 100_000,
                  dir: 'auto',
                  'aria-keyshortcuts': `Enter ${chordAria('wording')}`,
                  'aria-describedby': 'note-help note-language-status',
                  'aria-invalid': empty,
                },
              }}
              // One line that grows with its text, in CSS: JavaScript auto-sizing measured the whole page on
              // every keystroke.
              sx={{
                '& textarea': {
                  fieldSizing: 'content',
                  minHeight: '1lh',
                  maxHeight: '8lh',
                  overflowY: 'auto',
                  resize: 'none',
                },
              }}
            />
          </LanguageAssist>
        </Box>
        <Button variant="contained" onClick={add} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: 0.125 }}>
          Add note
        </Button>
      </Box>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          mt: 0.75,
          minHeight: 30,
          flexWrap: 'wrap',
          rowGap: 0.5,
        }}
      >
        <ToggleButton
          value="closed-part"
          id="note-not-for-family"
          size="small"
          color="warning"
          selected={notForFamily}
          onChange={() => toggleClosed()}
          aria-keyshortcuts={chordAria('closed-part')}
          sx={{
            ...toggleSx,
            '&.Mui-selected, &.Mui-selected:hover': {
              bgcolor: 'warning.main',
              color: 'warning.contrastText',
              fontWeight: 700,
            },
          }}
        >
          <LockOutlined sx={{ fontSize: 16 }} aria-hidden />
          {notForFamily ? 'Closed part: not for the family' : 'Closed part'}
        </ToggleButton>
        <ToggleButton
          value="own-words"
          id="note-verbatim"
          size="small"
          selected={verbatim}
          onChange={() => toggleVerbatim()}
          aria-keyshortcuts={chordAria('own-words')}
          sx={toggleSx}
        >
          <FormatQuote sx={{ fontSize: 16 }} aria-hidden />
          In their own words
        </ToggleButton>
        {language.settings && (
          <ToggleButton
            value="wording"
            id="language-assistant-on"
            size="small"
            selected={language.on}
            onChange={() => void language.setOn(!language.on)}
            sx={toggleSx}
          >
            <Spellcheck sx={{ fontSize: 16 }} aria-hidden />
            Wording suggestions
          </ToggleButton>
        )}
        <Box component="span" ref={setStatusLine} sx={{ display: 'inline-flex' }} />
        {empty && (
          <Typography variant="body2" color="error" role="alert">
            Type the note first
          </Typography>
        )}
        <Typography
          id="note-help"
          variant="caption"
          color="text.secondary"
          sx={{ ml: 'auto', whiteSpace: 'nowrap' }}
        >
          Enter adds · Shift+Enter new line · {chordLabel('speaker')} speaker · {chordLabel('closed-part')}{' '}
          closed part
        </Typography>
        {notice}
      </Box>
      <Box role="status" sx={visuallyHidden}>
        {notForFamily
          ? "Closed part: notes added now are not shared with the family, nor shown on the room's screen."
          : ''}
      </Box>
    </Paper>
  )
})
