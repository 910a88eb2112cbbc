import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import type { AgendaSection } from '../../shared/model/agenda.ts'
import type { DisplayNote, NoteActions } from './display-note.ts'
import { partyOf, NoteCard } from './note-card.tsx'
import { BoardColumn } from './board-column.tsx'
import { keepFocusOnClick } from '../common/keep-focus.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

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

/** The narrowest a column of the chair's board may be, and the gap between columns. */
const columnMinimum = 260
const columnGap = 16

/** How many whole columns fit across a width: three on a 1366-pixel laptop, five on a 1920-pixel screen. */
export function columnsThatFit(width: number): number {
  return Math.max(1, Math.floor((width + columnGap) / (columnMinimum + columnGap)))
}

/**
 * The first section shown when `count` columns fit: the window moves just enough to keep the current
 * section in it, with the one before it for context when the window first opens.
 */
export function windowStart(
  sections: number,
  count: number,
  current: number,
  previous: number | null,
): number {
  const last = Math.max(0, sections - count)
  if (previous === null) return Math.min(last, Math.max(0, current - 1))
  if (current < previous) return Math.max(0, current)
  if (current >= previous + count) return Math.min(last, current - count + 1)
  return Math.min(last, previous)
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
  // The room's screen brings the current section into view.
  useEffect(() => {
    if (!currentKey || !wrap) return
    board.current
      ?.querySelector<HTMLElement>(`[data-section="${currentKey}"]`)
      ?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }, [currentKey, wrap])
  // The chair's board shows as many whole columns as fit, never half a one, and no sideways scrolling:
  // the window of sections follows the current one, and the arrows move it.
  const [count, setCount] = useState(3)
  useLayoutEffect(() => {
    const element = board.current
    if (wrap || !element) return
    const measure = (): void => setCount(columnsThatFit(element.clientWidth))
    measure()
    const resized = new ResizeObserver(measure)
    resized.observe(element)
    return () => resized.disconnect()
  }, [wrap])
  const currentIndex = Math.max(
    0,
    agenda.findIndex((section) => section.key === currentKey),
  )
  const bySection = new Map<string, DisplayNote[]>()
  for (const note of notes) {
    const list = bySection.get(note.sectionKey) ?? []
    list.push(note)
    bySection.set(note.sectionKey, list)
  }
  // A note added to the current section brings it back into the window, where the board had been paged
  // away from it: the note just added must be seen.
  const currentNotes = currentKey === null ? 0 : (bySection.get(currentKey)?.length ?? 0)
  const [start, setStart] = useState<number | null>(null)
  const [followed, setFollowed] = useState({ current: currentIndex, count, notes: currentNotes })
  // Keeping the current section in the window is derived from the last render's window, so it is worked
  // out during render rather than in an effect that would draw the board twice.
  let first = start ?? windowStart(agenda.length, count, currentIndex, null)
  if (followed.current !== currentIndex || followed.count !== count || followed.notes !== currentNotes) {
    first = windowStart(agenda.length, count, currentIndex, start)
    setFollowed({ current: currentIndex, count, notes: currentNotes })
    setStart(first)
  }
  first = Math.min(first, Math.max(0, agenda.length - count))
  const moveWindow = (step: number): void =>
    setStart(Math.min(Math.max(0, first + step), Math.max(0, agenda.length - count)))
  const shown = wrap ? agenda : agenda.slice(first, first + count)
  const header = (section: AgendaSection, current: boolean): ReactNode => (
    <>
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
    </>
  )
  const columns = shown.map((section) => {
    const list = bySection.get(section.key) ?? []
    const current = section.key === currentKey
    const drawn = shownPer(section.key, list.length)
    if (!wrap)
      return (
        <BoardColumn
          key={section.key}
          section={section}
          notes={list.slice(list.length - drawn)}
          notDrawn={list.length - drawn}
          onDrawAll={() => showAll(section.key)}
          names={names}
          actions={actions}
          editingId={editingId}
          header={header(section, current)}
          current={current}
        />
      )
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
        {header(section, current)}
        {list.map((note) => (
          <NoteCard
            key={note.id}
            note={note}
            speaker={note.speakerId ? (names.get(note.speakerId) ?? null) : null}
            partyName={partyOf(note, names)}
            large={large}
          />
        ))}
      </Box>
    )
  })
  const focusRing = { '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' } }
  if (wrap)
    return (
      <Box
        role="region"
        aria-label="The board: notes by section"
        tabIndex={0}
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
    )
  const hiddenBefore = first
  const hiddenAfter = Math.max(0, agenda.length - first - count)
  return (
    <Box
      role="region"
      aria-label="The board: notes by section"
      aria-roledescription="board"
      tabIndex={0}
      ref={board}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'ArrowLeft' && hiddenBefore > 0) moveWindow(-1)
        else if (event.key === 'ArrowRight' && hiddenAfter > 0) moveWindow(1)
        else return
        event.preventDefault()
      }}
      sx={{ ...focusRing, flex: 1, minHeight: 280, display: 'flex', flexDirection: 'column', gap: 0.5 }}
    >
      {(hiddenBefore > 0 || hiddenAfter > 0) && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 30 }}>
          <Button
            size="small"
            disabled={hiddenBefore === 0}
            onClick={() => {
              moveWindow(-count)
              // At the first sections this button is disabled: the focus stays on the board.
              focusAfterDrawing('[aria-roledescription="board"]')
            }}
            {...keepFocusOnClick}
            sx={{ py: 0, minHeight: 0 }}
          >
            ‹ Earlier sections{hiddenBefore > 0 ? ` (${hiddenBefore})` : ''}
          </Button>
          <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1, textAlign: 'center' }}>
            Sections {first + 1} to {Math.min(agenda.length, first + count)} of {agenda.length}
          </Typography>
          <Button
            size="small"
            disabled={hiddenAfter === 0}
            onClick={() => {
              moveWindow(count)
              focusAfterDrawing('[aria-roledescription="board"]')
            }}
            {...keepFocusOnClick}
            sx={{ py: 0, minHeight: 0 }}
          >
            Later sections{hiddenAfter > 0 ? ` (${hiddenAfter})` : ''} ›
          </Button>
        </Box>
      )}
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gap: `${columnGap}px`,
          gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))`,
          gridTemplateRows: 'minmax(0, 1fr)',
        }}
      >
        {columns}
      </Box>
    </Box>
  )
})
