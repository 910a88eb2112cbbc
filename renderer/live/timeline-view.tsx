import { memo, useLayoutEffect, useRef, useState } from 'react'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import type { AgendaSection } from '../../shared/model/agenda.ts'
import type { DisplayNote, NoteActions } from './display-note.ts'
import { partyOf, NoteCard } from './note-card.tsx'
import { EarlierNotes } from './earlier-notes.tsx'

/** How many of the latest notes the running record shows before 'Show earlier notes'. */
export const latestInRecord = 150

type Props = {
  readonly agenda: ReadonlyArray<AgendaSection>
  readonly notes: ReadonlyArray<DisplayNote>
  readonly names: ReadonlyMap<string, string>
  /** Absent where the notes can no longer be changed (signed minutes). */
  readonly actions?: NoteActions
  /** The note being edited, if any. */
  readonly editingId?: string | null
}

/**
 * The minute taker's running record: every note in the order it was taken, one line each where it fits
 * (time, section, speaker, words), so a laptop screen holds a dozen; the newest is kept in view.
 */
export const TimelineView = memo(function TimelineView({
  agenda,
  notes,
  names,
  actions,
  editingId = null,
}: Props) {
  const headings = new Map(agenda.map((section) => [section.key, section.heading]))
  const ordered = [...notes].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  )
  const [showAll, setShowAll] = useState(false)
  const hidden = showAll ? 0 : Math.max(0, ordered.length - latestInRecord)
  const record = useRef<HTMLDivElement>(null)
  const newest = ordered.at(-1)?.id
  useLayoutEffect(() => {
    record.current?.lastElementChild?.scrollIntoView({ block: 'nearest' })
  }, [newest])
  return (
    <Box
      ref={record}
      role="region"
      aria-label="Notes in time order"
      sx={{ display: 'grid', gap: 0.5, alignContent: 'start' }}
    >
      {ordered.length === 0 && (
        <Typography color="text.secondary">No notes yet. Type in the box below and press Enter.</Typography>
      )}
      <EarlierNotes count={hidden} onShow={() => setShowAll(true)} />
      {ordered.slice(hidden).map((note) => (
        <NoteCard
          key={note.id}
          note={note}
          speaker={note.speakerId ? (names.get(note.speakerId) ?? null) : null}
          partyName={partyOf(note, names)}
          sectionHeading={headings.get(note.sectionKey)}
          actions={actions}
          editing={note.id === editingId}
          dense
        />
      ))}
    </Box>
  )
})
