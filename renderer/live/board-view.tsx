import { memo, useEffect, useRef, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import type { AgendaSection } from '../../shared/model/agenda.ts'
import type { DisplayNote, NoteActions } from './display-note.ts'
import { NoteCard } from './note-card.tsx'

/** How many of a section's latest notes the chair's board shows before 'Show earlier notes'. */
export const latestPerSection = 40

type Props = {
  readonly agenda: ReadonlyArray<AgendaSection>
  readonly notes: ReadonlyArray<DisplayNote>
  readonly names: ReadonlyMap<string, string>
  readonly currentKey: string | null
  readonly actions?: NoteActions
  /** The note being edited, if any. */
  readonly editingId?: string | null
  readonly large?: boolean
  /** What each special section shows above its notes (the child's words, the scale), for the room. */
  readonly extras?: Readonly<Record<string, React.ReactNode>>
  /** Wrap the columns into rows (the room's screen, which nobody can scroll sideways). */
  readonly wrap?: boolean
  /** The level of the columns' headings: h3 under the chair's section heading, h2 on the room's screen. */
  readonly headingLevel?: 'h2' | 'h3'
}

/** Every section as a column, as the room sees it: the board for working it out together. */
export const BoardView = memo(function BoardView({
  agenda,
  notes,
  names,
  currentKey,
  actions,
  editingId = null,
  large = false,
  extras = {},
  wrap = false,
  headingLevel = 'h3',
}: Props) {
  const board = useRef<HTMLDivElement>(null)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const shownPer = (key: string, count: number): number =>
    expanded.has(key) || wrap ? count : Math.min(count, latestPerSection)
  const showAll = (key: string): void => setExpanded((current) => new Set([...current, key]))
  useEffect(() => {
    if (!currentKey || wrap) return
    const column = board.current?.querySelector<HTMLElement>(`[data-section="${currentKey}"]`)
    column?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' })
  }, [currentKey, wrap])
  const bySection = new Map<string, DisplayNote[]>()
  for (const note of notes) {
    const list = bySection.get(note.sectionKey) ?? []
    list.push(note)
    bySection.set(note.sectionKey, list)
  }
  return (
    <Box
      role="region"
      aria-label="The board: notes by section"
      tabIndex={0}
      ref={board}
      sx={{
        display: 'grid',
        ...(wrap
          ? { gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))' }
          : { gridAutoFlow: 'column', gridAutoColumns: large ? 'minmax(340px, 1fr)' : 'minmax(250px, 1fr)' }),
        gap: 2,
        overflowX: wrap ? 'visible' : 'auto',
        pb: 1,
        '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
      }}
    >
      {agenda.map((section) => {
        const list = bySection.get(section.key) ?? []
        const current = section.key === currentKey
        return (
          <Box
            key={section.key}
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
              minHeight: 120,
              border: current ? 2 : 0,
              borderColor: 'primary.main',
            }}
          >
            <Typography
              id={`board-${section.key}`}
              variant="h3"
              component={headingLevel}
              sx={{ fontSize: large ? '1.5rem' : '1rem' }}
            >
              {section.heading}
              {current && (
                <Box component="span" sx={{ fontWeight: 400, fontSize: '0.8em', color: 'text.secondary' }}>
                  {' '}
                  (now)
                </Box>
              )}
            </Typography>
            {section.prompt && (
              <Typography
                variant="body2"
                color="text.secondary"
                sx={{ fontSize: large ? '1.05rem' : undefined }}
              >
                {section.prompt}
              </Typography>
            )}
            {extras[section.key]}
            <EarlierNotes
              count={list.length - shownPer(section.key, list.length)}
              onShow={() => showAll(section.key)}
              large={large}
            />
            {list.slice(list.length - shownPer(section.key, list.length)).map((note) => (
              <NoteCard
                key={note.id}
                note={note}
                speaker={note.speakerId ? (names.get(note.speakerId) ?? null) : null}
                actions={actions}
                editing={note.id === editingId}
                large={large}
              />
            ))}
          </Box>
        )
      })}
    </Box>
  )
})

/** The button that brings back a section's (or the record's) earlier notes, saying how many there are. */
export function EarlierNotes({
  count,
  onShow,
  large = false,
}: {
  readonly count: number
  readonly onShow: () => void
  readonly large?: boolean
}) {
  if (count <= 0 || large) return null
  return (
    <Button size="small" variant="text" onClick={onShow} sx={{ alignSelf: 'flex-start' }}>
      Show {count === 1 ? '1 earlier note' : `${count} earlier notes`}
    </Button>
  )
}
