import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { possibleSpeakers } from '../../shared/rules/people.ts'
import { toChairOnly, toEveryone, toProfessionals } from '../../shared/model/visibility.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import { keepAsDraft } from './note-draft.ts'
import { AgendaRail } from './agenda-rail.tsx'
import { BoardView } from './board-view.tsx'
import { CaptureBox, type CapturedNote } from './capture-box.tsx'
import { displayNotes, type DisplayNote, type NoteActions } from './display-note.ts'
import { MoveNoteDialog } from './move-note-dialog.tsx'
import { NoteMenu } from './note-menu.tsx'
import { PresenterToggle } from './presenter-toggle.tsx'
import { SectionPanel } from './section-panel.tsx'
import { LockedWhenSigned } from '../meeting/locked-when-signed.tsx'
import { SignedNotice } from './signed-notice.tsx'
import { TimelineView } from './timeline-view.tsx'
import { useSectionShortcuts } from './use-section-shortcuts.ts'
import { useUndoDelete } from './undo-delete.tsx'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'
import { keepFocusOnClick } from '../common/keep-focus.ts'
import { useCurrentSection } from './use-current-section.ts'
import { useFillViewport, useReserveHeight } from './use-fill-viewport.ts'
import { useScrollWhenNeeded } from './use-scroll-when-needed.ts'
import { ShortcutsHelp } from './shortcuts-help.tsx'
import { NoteStyles } from './note-styles.tsx'
import { NoteFrame, noteFrameId } from './note-frame.ts'

type PendingNote = DisplayNote & { readonly captured: CapturedNote }

/** The notes a meeting's queue still holds (sent, not yet saved), as cards on their way. */
function notesWaitingIn(commands: ReadonlyArray<MeetingCommandInput>): PendingNote[] {
  return commands.flatMap((command) => {
    if (command.type !== 'add-note' || command.sectionKey === null) return []
    const captured: CapturedNote = {
      noteId: command.noteId,
      text: command.text,
      speakerId: command.speakerId,
      visibility: command.visibility,
      verbatim: command.verbatim ?? false,
      kept: [],
    }
    return [
      {
        id: command.noteId,
        sectionKey: command.sectionKey,
        createdAt: new Date().toISOString(),
        state: 'saving' as const,
        text: command.text,
        speakerId: command.speakerId,
        visibility: command.visibility,
        verbatim: command.verbatim ?? false,
        captured,
      },
    ]
  })
}

/**
 * The meeting as it happens: the agenda, the board or the running record, and the box that is always
 * ready. Laid out for a 1366×768 laptop first: the whole screen is the meeting (no page to scroll), the
 * notes scroll in their own area above the capture box, so the box never covers them, and a large screen
 * gets more columns.
 */
export function LiveTab() {
  const { meeting, names, send, pending: queued, reportDraft } = useMeetingContext()
  const [view, setView] = useState<'board' | 'timeline'>('board')
  // Notes still waiting in the meeting's queue (a full disk) are shown again when the tab is opened again.
  const [pending, setPending] = useState<ReadonlyArray<PendingNote>>(() => notesWaitingIn(queued()))
  const [moving, setMoving] = useState<DisplayNote | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [menu, setMenu] = useState<{ readonly noteId: string; readonly anchor: HTMLElement } | null>(null)
  const [editingId, setEditingId] = useState<string | null>(null)
  const editing = useRef(editingId)
  useEffect(() => {
    editing.current = editingId
  })
  const frame = useFillViewport<HTMLDivElement>()
  const captureArea = useRef<HTMLDivElement>(null)
  const signed = moduleOf(meeting.kind).isSigned(meeting)
  const notesArea = useRef<HTMLDivElement>(null)
  // Room below the notes for the capture box, as tall as it is: it never covers a note.
  useReserveHeight(captureArea, notesArea, !signed)
  useScrollWhenNeeded(notesArea)
  const firstKey = meeting.agenda[0]?.key ?? null
  const savedKey = meeting.live.currentSectionKey ?? firstKey
  const report = useCallback((result: { ok: boolean; error?: { message: string } }) => {
    if (!result.ok && result.error) setProblem(result.error.message)
  }, [])
  const move = useCallback((sectionKey: string) => send({ type: 'go-to-section', sectionKey }), [send])
  /** Starts, ends or carries on the meeting; what is typed from the click on goes into the note. */
  const runThenNote = (command: MeetingCommandInput): void => {
    NoteFrame.focusNote()
    void send(command).then(report)
  }
  const { currentKey, now: sectionNow, goTo } = useCurrentSection({ savedKey, move, report })
  const current = meeting.agenda.find((section) => section.key === currentKey) ?? meeting.agenda[0]
  // A new section starts at the top: its own panel (the child's voice, the scale) first, then the board.
  useEffect(() => {
    notesArea.current?.scrollTo({ top: 0 })
  }, [currentKey])

  const saveNote = useCallback(
    async (note: PendingNote) => {
      // One change: it starts the meeting if it has not started, and keeps the wordings kept in the note.
      const { text, speakerId, visibility, verbatim, kept } = note.captured
      const result = await send({
        type: 'add-note',
        noteId: note.id,
        sectionKey: note.sectionKey,
        text,
        speakerId,
        visibility,
        verbatim,
        keep: [...kept],
      })
      setPending((list) =>
        result.ok
          ? list.filter((item) => item.id !== note.id)
          : list.map((item) => (item.id === note.id ? { ...item, state: 'failed' as const } : item)),
      )
      if (!result.ok) setProblem(`That note was not saved: ${result.error.message}`)
      // Signed meanwhile (on another screen): the words are kept as the draft, shown with the signed notice.
      if (!result.ok && result.error.code === 'signed')
        keepAsDraft(meeting.id, {
          noteId: note.id,
          text,
          speakerId,
          notForFamily: visibility.to !== 'everyone',
          visibility,
          verbatim,
        })
    },
    [send, meeting.id],
  )

  const add = useCallback(
    (captured: CapturedNote) => {
      const sectionKey = sectionNow.current
      if (!sectionKey) return
      const note: PendingNote = {
        id: captured.noteId,
        sectionKey,
        createdAt: new Date().toISOString(),
        state: 'saving',
        text: captured.text,
        speakerId: captured.speakerId,
        visibility: captured.visibility,
        verbatim: captured.verbatim,
        captured,
      }
      setPending((list) => [...list, note])
      void saveNote(note)
    },
    [sectionNow, saveNote],
  )

  // The note actions change identity only when the people do, so a save redraws only the notes that changed.
  const latest = useRef({ meeting, pending })
  useEffect(() => {
    latest.current = { meeting, pending }
  })
  const isAdded = useCallback(
    (noteId: string) => latest.current.meeting.notes.some((note) => note.id === noteId),
    [],
  )
  const actions = useMemo<NoteActions>(
    () => ({
      openMenu: (noteId, anchor) => setMenu({ noteId, anchor }),
      saveEdit: async (noteId, text, speakerId) => {
        const before = latest.current.meeting.notes.find((note) => note.id === noteId)
        const results = await Promise.all([
          before?.text === text ? null : send({ type: 'edit-note', noteId, text }),
          speakerId === undefined || before?.speakerId === speakerId
            ? null
            : send({ type: 'set-note-details', noteId, speakerId }),
        ])
        const refused = results.find((result) => result !== null && !result.ok)
        if (refused) report(refused)
        return refused === undefined
      },
      cancelEdit: (focusTo) => {
        const noteId = editing.current
        setEditingId(null)
        // The editor goes: the focus goes where the chair goes on from there, not to the top of the page.
        if (focusTo === 'note-box') focusAfterDrawing(`#${noteFrameId}`)
        else if (noteId !== null) focusAfterDrawing(`article[data-note-id="${noteId}"] .cv-note-menu`)
      },
      retry: (noteId) => {
        const note = latest.current.pending.find((item) => item.id === noteId)
        if (!note) return
        setPending((list) =>
          list.map((item) => (item.id === noteId ? { ...item, state: 'saving' as const } : item)),
        )
        void saveNote(note)
      },
      speakers: (keep) => possibleSpeakers(latest.current.meeting.participants, keep),
      names,
    }),
    [send, report, saveNote, names],
  )

  const undoDelete = useUndoDelete(send, report)
  useSectionShortcuts({ agenda: meeting.agenda, currentKey: sectionNow, goTo, undo: undoDelete.undo })

  const notes = useMemo(() => displayNotes(meeting.notes, pending), [meeting.notes, pending])
  const noteCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const note of notes) counts.set(note.sectionKey, (counts.get(note.sectionKey) ?? 0) + 1)
    return counts
  }, [notes])
  const speakers = useMemo(() => possibleSpeakers(meeting.participants), [meeting.participants])
  // Mediation chooses who each note is for (a parent's own room in a shuttle, the mediator alone); a
  // conference has its closed-part switch.
  const mediation = meeting.record.family === 'mediation'
  // A MIAM is with one parent: its notes start as that parent's and the mediator's, never everyone's.
  const miamParty = meeting.record.family === 'mediation' ? (meeting.record.miam?.partyId ?? null) : null
  const startsAs = useMemo(
    () => (miamParty ? { to: 'party' as const, partyId: miamParty } : undefined),
    [miamParty],
  )
  const participants = meeting.participants
  const audiences = useMemo(
    () =>
      mediation
        ? [
            { visibility: toEveryone, label: 'Everyone at the meeting' },
            ...participants
              .filter((person) => person.group === 'family')
              .map((person) => ({
                visibility: { to: 'party' as const, partyId: person.id },
                label: `Only ${names.get(person.id) ?? person.name} and you`,
              })),
            { visibility: toChairOnly, label: 'Only you' },
          ]
        : null,
    [mediation, participants, names],
  )
  const menuNote = menu ? meeting.notes.find((note) => note.id === menu.noteId) : undefined
  const undoNotice = undoDelete.notice
  return (
    <Box
      ref={frame}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '244px minmax(0, 1fr)' },
        gap: 2,
        // The whole window below the tabs, and never so short that the notes have no room.
        height: { md: 'max(420px, calc(100dvh - var(--live-top, 200px) - 12px))' },
      }}
    >
      <AgendaRail
        live={meeting.live}
        agenda={meeting.agenda}
        noteCounts={noteCounts}
        // Each goes on to the note: the button pressed may go (Start), and what is typed next is a note.
        onGoTo={(key) => {
          goTo(key)
          NoteFrame.focusNote()
        }}
        onStart={() => runThenNote({ type: 'start-meeting' })}
        onEnd={() => runThenNote({ type: 'end-meeting' })}
        onResume={signed ? null : () => runThenNote({ type: 'resume-meeting' })}
      />
      <Box
        sx={{
          minWidth: 0,
          minHeight: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: 1,
          position: 'relative',
        }}
      >
        <Stack
          direction="row"
          spacing={2}
          sx={{ alignItems: 'flex-start', justifyContent: 'space-between', flexShrink: 0 }}
        >
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h2" component="h2" sx={{ fontSize: '1.35rem' }}>
              {current?.heading}
            </Typography>
            {current?.prompt && (
              <Typography variant="body2" color="text.secondary">
                {current.prompt}
              </Typography>
            )}
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
            <ToggleButtonGroup
              value={view}
              exclusive
              size="small"
              onChange={(_event, next: 'board' | 'timeline' | null) => next && setView(next)}
              aria-label="How to show the notes"
            >
              <ToggleButton value="board" id="view-board" {...keepFocusOnClick} sx={{ whiteSpace: 'nowrap' }}>
                Board
              </ToggleButton>
              <ToggleButton
                value="timeline"
                id="view-timeline"
                {...keepFocusOnClick}
                sx={{ whiteSpace: 'nowrap' }}
              >
                Time order
              </ToggleButton>
            </ToggleButtonGroup>
            <PresenterToggle meetingId={meeting.id} onProblem={setProblem} />
            <ShortcutsHelp />
          </Stack>
        </Stack>
        {problem && (
          <Alert severity="error" onClose={() => setProblem(null)} sx={{ flexShrink: 0 }}>
            {problem}
          </Alert>
        )}
        <Box
          id="live-notes"
          ref={notesArea}
          sx={{
            flex: 1,
            minHeight: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 2,
            // Room for the capture box below until it is measured (useReserveHeight).
            mb: signed ? 0 : '112px',
          }}
        >
          {current && current.kind !== 'notes' && (
            <Box sx={{ flexShrink: 0 }}>
              <LockedWhenSigned explain={false}>
                <SectionPanel section={current} />
              </LockedWhenSigned>
            </Box>
          )}
          {view === 'board' ? (
            <BoardView
              agenda={meeting.agenda}
              notes={notes}
              names={names}
              currentKey={currentKey}
              actions={signed ? undefined : actions}
              editingId={editingId}
            />
          ) : (
            <TimelineView
              agenda={meeting.agenda}
              notes={notes}
              names={names}
              actions={signed ? undefined : actions}
              editingId={editingId}
            />
          )}
        </Box>
        {signed ? (
          <SignedNotice meetingId={meeting.id} />
        ) : (
          // Out of the flow, at the foot of the column, over the room kept for it: a keystroke then lays
          // out and paints the box alone, not the board and agenda around it (measured by the bench).
          <Box ref={captureArea} sx={{ position: 'absolute', left: 0, right: 0, bottom: 0 }}>
            <CaptureBox
              meetingId={meeting.id}
              sectionKey={currentKey ?? ''}
              sectionHeading={current?.heading ?? ''}
              people={speakers}
              names={names}
              onAdd={add}
              isAdded={isAdded}
              notice={undoNotice}
              onDraftProblem={reportDraft}
              audiences={audiences}
              privately={audiences ? toChairOnly : toProfessionals}
              startsAs={startsAs}
            />
          </Box>
        )}
      </Box>
      <NoteMenu
        anchor={menu?.anchor ?? null}
        note={menuNote}
        onClose={() => setMenu(null)}
        audiences={audiences}
        onEdit={(noteId) => setEditingId(noteId)}
        onMove={(note) => setMoving({ ...note, state: 'saved' })}
        onSend={(command) => void send(command).then(report)}
        onDelete={(noteId) =>
          void send({ type: 'delete-note', noteId }).then((result) => {
            report(result)
            if (result.ok) {
              undoDelete.deleted(noteId)
              // The note and its actions button go: the focus goes to the note box, where Ctrl+Z undoes.
              focusAfterDrawing(`#${noteFrameId}`)
            }
          })
        }
      />
      <NoteStyles />
      {moving && (
        <MoveNoteDialog
          agenda={meeting.agenda}
          fromKey={moving.sectionKey}
          onCancel={() => setMoving(null)}
          onMove={(sectionKey) => {
            void send({ type: 'move-note', noteId: moving.id, sectionKey }).then(report)
            setMoving(null)
          }}
        />
      )}
    </Box>
  )
}
