import { memo, useLayoutEffect, useRef, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import type { AgendaSection } from '../../shared/model/agenda.ts'
import type { DisplayNote, NoteActions } from './display-note.ts'
import { partyOf, NoteCard } from './note-card.tsx'
import { EarlierNotes } from './earlier-notes.tsx'

type Props = {
  readonly section: AgendaSection
  /** The section's notes, oldest first, already cut to the latest drawn. */
  readonly notes: ReadonlyArray<DisplayNote>
  /** How many older notes are not drawn at all (beyond the latest 40). */
  readonly notDrawn: number
  readonly onDrawAll: () => void
  readonly names: ReadonlyMap<string, string>
  readonly actions?: NoteActions
  readonly editingId: string | null
  /** The heading and prompt, drawn by the board. */
  readonly header: ReactNode
  readonly current: boolean
}

/**
 * A column of the chair's board: its heading, then its notes with the newest in view at the foot. The
 * notes scroll under the pointer or the keyboard's focus, and are otherwise a clipped box rather than a
 * scrolling one: the browser does work for every scrolling box on screen on every keystroke in the note,
 * so the board keeps none that nobody is using (`npm run bench` measures a keystroke against a bare
 * textarea).
 */
export const BoardColumn = memo(function BoardColumn({
  section,
  notes,
  notDrawn,
  onDrawAll,
  names,
  actions,
  editingId,
  header,
  current,
}: Props) {
  const list = useRef<HTMLDivElement>(null)
  const newest = notes.at(-1)?.id
  // A new note in this column comes into view; so does the newest when the column is first drawn.
  useLayoutEffect(() => {
    const box = list.current
    if (box) box.scrollTop = box.scrollHeight
  }, [newest])
  return (
    <Box
      component="section"
      aria-labelledby={`board-${section.key}`}
      data-section={section.key}
      sx={{
        bgcolor: current ? 'action.selected' : 'action.hover',
        borderRadius: 2,
        p: 1.5,
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        minHeight: 0,
        border: current ? 2 : 0,
        borderColor: 'primary.main',
      }}
    >
      {header}
      <Box
        ref={list}
        className="cv-column-notes"
        // Without note menus (signed minutes) a long column still scrolls from the keyboard.
        tabIndex={actions ? undefined : 0}
        role={actions ? undefined : 'group'}
        aria-label={actions ? undefined : `${section.heading}: notes`}
        sx={{
          flex: 1,
          minHeight: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: 1,
          overflowY: 'hidden',
          '&:hover, &:focus-within, &:focus': { overflowY: 'auto' },
          '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
        }}
      >
        <EarlierNotes count={notDrawn} onShow={onDrawAll} />
        {notes.map((note) => (
          <NoteCard
            key={note.id}
            note={note}
            speaker={note.speakerId ? (names.get(note.speakerId) ?? null) : null}
            partyName={partyOf(note, names)}
            actions={actions}
            editing={note.id === editingId}
          />
        ))}
      </Box>
    </Box>
  )
})
