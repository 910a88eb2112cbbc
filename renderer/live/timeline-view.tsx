import { memo } from 'react'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import type { AgendaSection } from '../../shared/model/agenda.ts'
import type { DisplayNote, NoteActions } from './display-note.ts'
import { NoteCard } from './note-card.tsx'

type Props = {
  readonly agenda: ReadonlyArray<AgendaSection>
  readonly notes: ReadonlyArray<DisplayNote>
  readonly names: ReadonlyMap<string, string>
  readonly actions: NoteActions
}

/** The minute taker's running record: every note in the order it was taken, with its section. */
export const TimelineView = memo(function TimelineView({ agenda, notes, names, actions }: Props) {
  const headings = new Map(agenda.map((section) => [section.key, section.heading]))
  const ordered = [...notes].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  )
  return (
    <Box role="region" aria-label="Notes in time order" sx={{ display: 'grid', gap: 1, maxWidth: 880 }}>
      {ordered.length === 0 && (
        <Typography color="text.secondary">No notes yet. Type in the box below and press Enter.</Typography>
      )}
      {ordered.map((note) => (
        <NoteCard
          key={note.id}
          note={note}
          speaker={note.speakerId ? (names.get(note.speakerId) ?? null) : null}
          sectionHeading={headings.get(note.sectionKey)}
          actions={actions}
        />
      ))}
    </Box>
  )
})
