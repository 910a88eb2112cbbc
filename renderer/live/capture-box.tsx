import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { visuallyHidden } from '@mui/utils'
import type { Participant } from '../../shared/model/people.ts'
import { draftVisibility, type NoteDraft } from '../../shared/model/note-draft.ts'
import { toEveryone, toProfessionals, type Visibility } from '../../shared/model/visibility.ts'
import { convene } from '../api/convene.ts'
import { LanguageAssist, type KeptWording, type LanguageAssistHandle } from '../language/language-assist.tsx'
import { DraftKeeper, draftShownFor } from './note-draft.ts'
import { chordAria, chordLabel } from '../common/shortcuts.ts'
import { SpeakerPicker } from './speaker-picker.tsx'
import { CaptureFlags, sameVisibility, type VisibilityChoice } from './capture-flags.tsx'
import { useNoteFrame } from './use-note-frame.ts'
import { useNoteLook } from './note-look.ts'
import { useCaptureKeys } from './use-capture-keys.ts'
import { concernOpenedEvent } from '../safeguarding/concern-opened.ts'

/** A note as the capture box hands it over. */
export type CapturedNote = {
  /** The id the note keeps once added (the draft's, so a draft already added is never brought back). */
  readonly noteId: string
  readonly text: string
  readonly speakerId: string | null
  /** Who may see it. */
  readonly visibility: Visibility
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
  /** The draft could not be kept (why), or is kept again (null). */
  readonly onDraftProblem?: (problem: string | null) => void
  /**
   * Who a note may be for, where the kind offers a choice (mediation: everyone, one parent and the mediator,
   * the mediator alone); null for the closed-part switch of a conference.
   */
  readonly audiences?: ReadonlyArray<VisibilityChoice> | null
  /** What Ctrl+Shift+H turns on: a closed part (a conference), or the mediator alone (mediation). */
  readonly privately?: Visibility
  /** Who a new note is for until changed (a MIAM's: the parent it is with); everyone where not given. */
  readonly startsAs?: Visibility
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
  const privately = props.privately ?? toProfessionals
  const [visibility, setVisibility] = useState<Visibility>(
    restored ? draftVisibility(restored) : (props.startsAs ?? toEveryone),
  )
  const notForFamily = visibility.to !== 'everyone'
  const [verbatim, setVerbatim] = useState(restored?.verbatim ?? false)
  const [empty, setEmpty] = useState(false)
  const [statusLine, setStatusLine] = useState<HTMLElement | null>(null)
  const box = useRef<HTMLElement>(null)
  const slot = useRef<HTMLDivElement>(null)
  const frame = useNoteFrame(slot)
  const assist = useRef<LanguageAssistHandle>(null)
  const noteId = useRef(restored?.noteId ?? crypto.randomUUID())
  const latest = useRef({ speakerId, visibility, verbatim })
  const keeper = useRef<DraftKeeper | null>(null)
  const touched = useRef(false)
  const latestProps = useRef(props)
  useEffect(() => {
    latestProps.current = props
  })

  // The choice of speaker is made in a keystroke; the focus moves on in that same keystroke, so the next
  // key, however soon it comes, goes into the note.
  const focusNote = useCallback(() => frame.focus(), [frame])

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
  const chooseVisibility = useCallback(
    (next: Visibility) => {
      setVisibility(next)
      changed({ visibility: next })
    },
    [changed],
  )
  // The shortcut turns the private setting on from anything else (a parent's room included: never from
  // there to everyone), and off again to everyone.
  const toggleClosed = useCallback(() => {
    chooseVisibility(sameVisibility(latest.current.visibility, privately) ? toEveryone : privately)
  }, [chooseVisibility, privately])
  // A safeguarding concern raised while a note is half typed: the note may hold what was said, so it is
  // made private at once (before anyone can press Enter on return), and the box says so.
  const [madePrivate, setMadePrivate] = useState(false)
  useEffect(() => {
    const onConcern = (): void => {
      if (frame.value.trim() && latest.current.visibility.to === 'everyone') {
        chooseVisibility(privately)
        setMadePrivate(true)
      }
    }
    window.addEventListener(concernOpenedEvent, onConcern)
    return () => window.removeEventListener(concernOpenedEvent, onConcern)
  }, [chooseVisibility, privately, frame])
  const toggleVerbatim = useCallback(() => {
    const next = !latest.current.verbatim
    setVerbatim(next)
    changed({ verbatim: next })
  }, [changed])

  // The draft: brought back (from this window, or from main after a reload or a crash), kept as typing
  // pauses, and saved when the box is left or the page goes.
  useEffect(() => {
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
            frame.restore(draft.text)
            if (!touched.current) {
              latest.current = {
                speakerId: draft.speakerId,
                visibility: draftVisibility(draft),
                verbatim: draft.verbatim,
              }
              setSpeakerId(draft.speakerId)
              setVisibility(draftVisibility(draft))
              setVerbatim(draft.verbatim)
            }
            assist.current?.refresh()
            keeperOf?.changed()
          })
    const draftKeeper = new DraftKeeper(
      meetingId,
      () => ({
        noteId: noteId.current,
        text: frame.value,
        speakerId: latest.current.speakerId,
        notForFamily: latest.current.visibility.to !== 'everyone',
        visibility: latest.current.visibility,
        verbatim: latest.current.verbatim,
      }),
      (saved, problem) => {
        box.current?.setAttribute('data-draft-saved', String(saved))
        // A draft that could not be kept (a full disk) is said in the save indicator, not only here.
        if (saved || problem !== undefined) latestProps.current.onDraftProblem?.(problem ?? null)
      },
      restoring.catch(() => undefined),
    )
    keeperOf = draftKeeper
    // Told of each keystroke by the field's one input listener, below.
    keeper.current = draftKeeper
    const onLeave = (): void => draftKeeper.flush()
    window.addEventListener('pagehide', onLeave)
    return () => {
      window.removeEventListener('pagehide', onLeave)
      draftKeeper.close()
      if (keeper.current === draftKeeper) keeper.current = null
    }
  }, [meetingId, restored, frame])

  useCaptureKeys(frame, toggleClosed, toggleVerbatim)

  /**
   * Adds the note. `taken`: the words Enter took out of the frame, which emptied itself at once so that what
   * is typed straight after starts the next note; from 'Add note', the frame is emptied from here.
   */
  const add = (taken?: string): void => {
    const text = taken ?? frame.value
    if (text.trim() === '') {
      setEmpty(true)
      return
    }
    onAdd({
      noteId: noteId.current,
      text,
      speakerId: latest.current.speakerId,
      visibility: latest.current.visibility,
      verbatim: latest.current.verbatim,
      kept: assist.current?.takeKept() ?? [],
    })
    noteId.current = crypto.randomUUID()
    if (taken === undefined) frame.setValue('')
    assist.current?.refresh()
    setVerbatim(false)
    latest.current = { ...latest.current, verbatim: false }
    setEmpty(false)
    // Made private for the one note typed as a concern was raised: the next is for everyone again, as before.
    if (madePrivate) {
      setMadePrivate(false)
      setVisibility(toEveryone)
      latest.current = { ...latest.current, visibility: toEveryone }
    }
    keeper.current?.changed()
    keeper.current?.flush()
    // From 'Add note', back to the note. From Enter in the note, the focus is there already, or has gone on
    // (Enter is heard a moment after it is pressed): it is not pulled back from where the chair went.
    if (taken === undefined) frame.focus()
  }

  // The note is typed in a frame of its own (see NoteFrame): what React would have set on the field is
  // sent to it, and Enter, Tab and each keystroke are heard from it.
  const addNote = useRef(add)
  useEffect(() => {
    addNote.current = add
  })
  const [languageStatus, setLanguageStatus] = useState('')
  useNoteLook(
    frame,
    box,
    {
      label: `Note for: ${sectionHeading}`,
      description: [helpText(props.audiences ? 'only you' : 'closed part'), languageStatus]
        .filter(Boolean)
        .join('. '),
      invalid: empty,
      keyShortcuts: `Enter ${chordAria('wording')}`,
    },
    notForFamily,
  )
  const [unavailable, setUnavailable] = useState(false)
  useLayoutEffect(() => {
    frame.onUnavailable = () => setUnavailable(true)
    // Merged, never set: the frame may already hold words typed as it loaded, which a set would wipe.
    if (restored) frame.restore(restored.text)
    const stop = frame.listen((message) => {
      if (message.type === 'enter') addNote.current(message.taken ?? undefined)
      else if (message.type === 'tab') {
        // Only from the note: a Tab heard late (the frame busy) never pulls the chair back from where
        // they have gone since, where what they type next would be lost.
        if (document.activeElement === frame.element)
          document.getElementById(message.back ? 'speaker' : 'add-note')?.focus()
      } else if (message.type === 'input') {
        // The draft notes the change; only the keystroke after an empty 'Add' has anything for React to do.
        keeper.current?.changed()
        if (emptyNow.current) setEmpty(false)
      }
    })
    frame.focus()
    return () => {
      stop()
      frame.onUnavailable = null
    }
  }, [frame, restored])
  const emptyNow = useRef(empty)
  useEffect(() => {
    emptyNow.current = empty
  })

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
        {/* The note frame goes in here (see useNoteFrame), pulled up over the box's edge by its label's room. */}
        <Box
          ref={slot}
          className="cv-note-slot"
          sx={{
            flexGrow: 1,
            minWidth: 0,
            minHeight: 40,
            // 53 px: the frame's own height with one line, so the box does not move as the frame starts.
            '& > iframe': { display: 'block', width: '100%', height: 53, border: 0, mt: '-10px' },
          }}
        />
        <LanguageAssist
          frame={frame}
          sectionKey={sectionKey}
          noteId={null}
          enabled={!verbatim}
          statusId="note-language-status"
          statusContainer={statusLine}
          onStatus={setLanguageStatus}
          ref={assist}
        />
        <Button
          id="add-note"
          variant="contained"
          onClick={() => add()}
          sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: 0.125 }}
        >
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
        <CaptureFlags
          notForFamily={notForFamily}
          verbatim={verbatim}
          onClosedPart={toggleClosed}
          onOwnWords={toggleVerbatim}
          audiences={props.audiences ?? null}
          visibility={visibility}
          onVisibility={chooseVisibility}
          onChosen={focusNote}
        />
        <Box component="span" ref={setStatusLine} sx={{ display: 'inline-flex' }} />
        {empty && (
          <Typography variant="body2" color="error" role="alert">
            Type the note first
          </Typography>
        )}
        {unavailable && (
          <Typography variant="body2" color="error" role="alert">
            The note box did not start. Reload Convene (Ctrl+R): nothing already added is lost.
          </Typography>
        )}
        {madePrivate && notForFamily && (
          <Typography variant="body2" color="warning.dark" role="status" id="note-made-private">
            Made {props.audiences ? 'private to you' : 'closed part'}: a safeguarding concern was raised as it
            was typed
          </Typography>
        )}
        <Typography
          id="note-help"
          variant="caption"
          color="text.secondary"
          sx={{ ml: 'auto', whiteSpace: 'nowrap' }}
        >
          {helpText(props.audiences ? 'only you' : 'closed part')}
        </Typography>
        {notice}
      </Box>
      <Box role="status" sx={visuallyHidden}>
        {!notForFamily
          ? ''
          : props.audiences
            ? `Notes added now are for: ${props.audiences.find((choice) => sameVisibility(choice.visibility, visibility))?.label ?? 'you alone'}.`
            : "Closed part: notes added now are not shared with the family, nor shown on the room's screen."}
      </Box>
    </Paper>
  )
})

/** The keys of the box, as shown beneath it and read with the note. */
function helpText(privately: string): string {
  return `Enter adds · Shift+Enter new line · ${chordLabel('speaker')} speaker · ${chordLabel('closed-part')} ${privately}`
}
