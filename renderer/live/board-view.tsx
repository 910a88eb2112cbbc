import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
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

/** How many columns of at least 260 px fit, by the width of the board: a whole number, never 3.5. */
const columnWidths = [2, 3, 4, 5, 6, 7, 8, 9].map((count) => [count * 260 + (count - 1) * 16, count] as const)

/**
 * The chair's board: whole columns across the width there is (three on a 1366-pixel laptop, six on a
 * 1920-pixel screen), snapping a column at a time when there are more sections than fit, each column
 * scrolling on its own within the height of the screen.
 */
const fittedColumns = {
  flex: 1,
  minWidth: 0,
  display: 'grid',
  gap: 2,
  gridAutoFlow: 'column',
  gridTemplateRows: 'minmax(0, 1fr)',
  gridAutoColumns: '100%',
  overflowX: 'auto',
  overflowY: 'hidden',
  scrollSnapType: 'x mandatory',
  pb: 0.5,
  ...Object.fromEntries(
    columnWidths.map(([width, count]) => [
      `@container (min-width: ${width}px)`,
      { gridAutoColumns: `calc((100% - ${(count - 1) * 16}px) / ${count})` },
    ]),
  ),
} as const

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
  // The room's screen brings the current section into view; the chair's board scrolls sideways only, to
  // show the current section's column (scrolling the page as well would hide the section's own panel).
  useEffect(() => {
    if (!currentKey) return
    const column = board.current?.querySelector<HTMLElement>(`[data-section="${currentKey}"]`)
    if (!column) return
    if (wrap) {
      column.scrollIntoView({ block: 'start', behavior: 'smooth' })
      return
    }
    const strip = column.parentElement
    if (!strip) return
    const left = column.offsetLeft - strip.offsetLeft
    const right = left + column.offsetWidth
    if (left < strip.scrollLeft) strip.scrollTo({ left, behavior: 'smooth' })
    else if (right > strip.scrollLeft + strip.clientWidth)
      strip.scrollTo({ left: right - strip.clientWidth, behavior: 'smooth' })
  }, [currentKey, wrap])
  const bySection = new Map<string, DisplayNote[]>()
  for (const note of notes) {
    const list = bySection.get(note.sectionKey) ?? []
    list.push(note)
    bySection.set(note.sectionKey, list)
  }
  // Each column keeps its newest note in view as notes are added to it.
  const currentCount = currentKey ? (bySection.get(currentKey)?.length ?? 0) : 0
  useLayoutEffect(() => {
    if (!currentKey || wrap) return
    const list = board.current?.querySelector<HTMLElement>(`[data-section="${currentKey}"] .cv-column-notes`)
    if (list) list.scrollTop = list.scrollHeight
  }, [currentKey, currentCount, wrap])
  const columns = agenda.map((section) => {
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
          ...(wrap ? {} : { scrollSnapAlign: 'start', minHeight: 0 }),
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
          <Typography variant="body2" color="text.secondary" sx={{ fontSize: large ? '1.05rem' : undefined }}>
            {section.prompt}
          </Typography>
        )}
        {extras[section.key]}
        {/* On the chair's board the notes scroll under the column's heading, which stays in view. */}
        <Box
          className="cv-column-notes"
          // Without note menus (signed minutes) a long column still scrolls from the keyboard.
          tabIndex={wrap || actions ? undefined : 0}
          aria-label={wrap || actions ? undefined : `${section.heading}: notes`}
          role={wrap || actions ? undefined : 'group'}
          sx={
            wrap
              ? { display: 'contents' }
              : { flex: 1, minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 1 }
          }
        >
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
      </Box>
    )
  })
  const region = {
    role: 'region',
    'aria-label': 'The board: notes by section',
    tabIndex: 0,
  } as const
  const focusRing = { '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' } }
  return wrap ? (
    <Box
      {...region}
      ref={board}
      sx={{
        ...focusRing,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))',
      }}
    >
      {columns}
    </Box>
  ) : (
    // The outer box is what the columns measure themselves against (a container query); the inner one
    // scrolls sideways, and is the board's one stop in the Tab order.
    <Box ref={board} sx={{ containerType: 'inline-size', flex: 1, minHeight: 280, display: 'flex' }}>
      <Box {...region} sx={{ ...focusRing, ...fittedColumns }}>
        {columns}
      </Box>
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
