import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Snackbar from '@mui/material/Snackbar'
import Stack from '@mui/material/Stack'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { toEveryone, toProfessionals } from '../../shared/model/visibility.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { AgendaRail } from './agenda-rail.tsx'
import { BoardView } from './board-view.tsx'
import { CaptureBox, type CapturedNote } from './capture-box.tsx'
import { displayNotes, type DisplayNote, type NoteActions } from './display-note.ts'
import { MoveNoteDialog } from './move-note-dialog.tsx'
import { PresenterToggle } from './presenter-toggle.tsx'
import { SectionPanel } from './section-panel.tsx'
import { TimelineView } from './timeline-view.tsx'
import { useSectionShortcuts } from './use-section-shortcuts.ts'
import { ShortcutsHelp } from './shortcuts-help.tsx'
import { NoteStyles } from './note-styles.tsx'

type PendingNote = DisplayNote & { readonly captured: CapturedNote }

/** The meeting as it happens: the agenda, the board or the running record, and the box that is always ready. */
export function LiveTab() {
  const { meeting, names, send } = useMeetingContext()
  const [view, setView] = useState<'board' | 'timeline'>('board')
  const [pending, setPending] = useState<ReadonlyArray<PendingNote>>([])
  const [deleted, setDeleted] = useState<string | null>(null)
  const [moving, setMoving] = useState<DisplayNote | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [menu, setMenu] = useState<{ readonly noteId: string; readonly anchor: HTMLElement } | null>(null)
  const [editingId, setEditingId] = useState<string | null>(null)
  const firstKey = meeting.agenda[0]?.key ?? null
  const currentKey = meeting.live.currentSectionKey ?? firstKey
  const current = meeting.agenda.find((section) => section.key === currentKey) ?? meeting.agenda[0]

  const report = useCallback((result: { ok: boolean; error?: { message: string } }) => {
    if (!result.ok && result.error) setProblem(result.error.message)
  }, [])

  const goTo = useCallback(
    (sectionKey: string) => void send({ type: 'go-to-section', sectionKey }).then(report),
    [send, report],
  )

  const saveNote = useCallback(
    async (note: PendingNote) => {
      // One change: it starts the meeting if it has not started, and keeps the wordings kept in the note.
      const { text, speakerId, notForFamily, verbatim, kept } = note.captured
      const result = await send({
        type: 'add-note',
        noteId: note.id,
        sectionKey: note.sectionKey,
        text,
        speakerId,
        visibility: notForFamily ? toProfessionals : toEveryone,
        verbatim,
        keep: [...kept],
      })
      setPending((list) =>
        result.ok
          ? list.filter((item) => item.id !== note.id)
          : list.map((item) => (item.id === note.id ? { ...item, state: 'failed' as const } : item)),
      )
      if (!result.ok) setProblem(`That note was not saved: ${result.error.message}`)
    },
    [send],
  )

  const add = useCallback(
    (captured: CapturedNote) => {
      if (!currentKey) return
      const note: PendingNote = {
        id: crypto.randomUUID(),
        sectionKey: currentKey,
        createdAt: new Date().toISOString(),
        state: 'saving',
        text: captured.text,
        speakerId: captured.speakerId,
        visibility: captured.notForFamily ? toProfessionals : toEveryone,
        verbatim: captured.verbatim,
        captured,
      }
      setPending((list) => [...list, note])
      void saveNote(note)
    },
    [currentKey, saveNote],
  )

  // The note actions never change identity, so a save redraws only the notes that changed.
  const latest = useRef({ meeting, pending })
  useEffect(() => {
    latest.current = { meeting, pending }
  })
  const actions = useMemo<NoteActions>(
    () => ({
      openMenu: (noteId, anchor) => setMenu({ noteId, anchor }),
      saveEdit: async (noteId, text) => {
        const result = await send({ type: 'edit-note', noteId, text })
        report(result)
        return result.ok
      },
      cancelEdit: () => setEditingId(null),
      retry: (noteId) => {
        const note = latest.current.pending.find((item) => item.id === noteId)
        if (!note) return
        setPending((list) =>
          list.map((item) => (item.id === noteId ? { ...item, state: 'saving' as const } : item)),
        )
        void saveNote(note)
      },
    }),
    [send, report, saveNote],
  )
  const menuNote = menu ? meeting.notes.find((note) => note.id === menu.noteId) : undefined
  const closeMenu = (): void => setMenu(null)
  const noteMenu = (
    <Menu anchorEl={menu?.anchor ?? null} open={menu !== null && menuNote !== undefined} onClose={closeMenu}>
      <MenuItem onClick={() => (closeMenu(), setEditingId(menu?.noteId ?? null))}>Edit</MenuItem>
      <MenuItem onClick={() => (closeMenu(), menuNote && setMoving({ ...menuNote, state: 'saved' }))}>
        Move to another section…
      </MenuItem>
      <MenuItem
        onClick={() => (
          closeMenu(),
          menuNote &&
            void send({
              type: 'set-note-details',
              noteId: menuNote.id,
              visibility: menuNote.visibility.to === 'everyone' ? toProfessionals : toEveryone,
            }).then(report)
        )}
      >
        {menuNote && menuNote.visibility.to !== 'everyone'
          ? 'Share with the family'
          : 'Mark as not for the family'}
      </MenuItem>
      <MenuItem
        onClick={() => (
          closeMenu(),
          menuNote &&
            void send({ type: 'set-note-details', noteId: menuNote.id, verbatim: !menuNote.verbatim }).then(
              report,
            )
        )}
      >
        {menuNote?.verbatim ? 'Not in their own words' : 'Mark as their own words'}
      </MenuItem>
      <MenuItem
        sx={{ color: 'error.main' }}
        onClick={() => {
          closeMenu()
          if (!menuNote) return
          void send({ type: 'delete-note', noteId: menuNote.id }).then((result) => {
            report(result)
            if (result.ok) setDeleted(menuNote.id)
          })
        }}
      >
        Delete
      </MenuItem>
    </Menu>
  )

  const undo = useCallback(() => {
    if (!deleted) return
    void send({ type: 'restore-note', noteId: deleted }).then(report)
    setDeleted(null)
  }, [deleted, send, report])

  useSectionShortcuts({ agenda: meeting.agenda, currentKey, goTo, undo: deleted ? undo : null })

  const notes = useMemo(() => displayNotes(meeting.notes, pending), [meeting.notes, pending])
  const noteCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const note of notes) counts.set(note.sectionKey, (counts.get(note.sectionKey) ?? 0) + 1)
    return counts
  }, [notes])
  const people = meeting.participants

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '260px minmax(0, 1fr)' }, gap: 3 }}>
      <AgendaRail
        live={meeting.live}
        agenda={meeting.agenda}
        noteCounts={noteCounts}
        onGoTo={(key) => {
          goTo(key)
          document.getElementById('note-text')?.focus()
        }}
        onStart={() => void send({ type: 'start-meeting' }).then(report)}
        onEnd={() => void send({ type: 'end-meeting' }).then(report)}
        onResume={() => void send({ type: 'resume-meeting' }).then(report)}
      />
      <Box sx={{ minWidth: 0 }}>
        <Stack
          direction="row"
          spacing={2}
          sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 2 }}
        >
          <Box>
            <Typography variant="h2" component="h2">
              {current?.heading}
            </Typography>
            {current?.prompt && <Typography color="text.secondary">{current.prompt}</Typography>}
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <ToggleButtonGroup
              value={view}
              exclusive
              size="small"
              onChange={(_event, next: 'board' | 'timeline' | null) => next && setView(next)}
              aria-label="How to show the notes"
            >
              <ToggleButton value="board" id="view-board">
                Board
              </ToggleButton>
              <ToggleButton value="timeline" id="view-timeline">
                Time order
              </ToggleButton>
            </ToggleButtonGroup>
            <PresenterToggle meetingId={meeting.id} onProblem={setProblem} />
            <ShortcutsHelp />
          </Stack>
        </Stack>
        {problem && (
          <Alert severity="error" onClose={() => setProblem(null)} sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        {current && current.kind !== 'notes' && (
          <Box sx={{ mb: 2 }}>
            <SectionPanel section={current} />
          </Box>
        )}
        {view === 'board' ? (
          <BoardView
            agenda={meeting.agenda}
            notes={notes}
            names={names}
            currentKey={currentKey}
            actions={actions}
            editingId={editingId}
          />
        ) : (
          <TimelineView
            agenda={meeting.agenda}
            notes={notes}
            names={names}
            actions={actions}
            editingId={editingId}
          />
        )}
        <CaptureBox
          sectionKey={currentKey ?? ''}
          sectionHeading={current?.heading ?? ''}
          people={people}
          names={names}
          onAdd={add}
        />
      </Box>
      {noteMenu}
      <NoteStyles />
      <Snackbar
        open={deleted !== null}
        onClose={(_event, reason) => reason !== 'clickaway' && setDeleted(null)}
        autoHideDuration={10_000}
        message="Note deleted"
        action={
          <Button color="inherit" size="small" onClick={undo}>
            Undo (Ctrl+Z)
          </Button>
        }
      />
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
