import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react'
import { createPortal, flushSync } from 'react-dom'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import type { Finding } from '../../shared/language/analyse.ts'
import type { LanguageDismissal } from '../../shared/model/language-dismissal.ts'
import { FindingPopover, type FindingChoice } from './finding-popover.tsx'
import { useLanguageTools } from './language-tools.tsx'
import { alignLayer, findingNear, paintFindings } from './mark-text.ts'
import { replaceText } from './replace-text.ts'
import { chordAria, chordLabel, isChord } from '../common/shortcuts.ts'
import type { NoteFrame } from '../live/note-frame.ts'

/** A wording kept 'just here' in a note that is not added yet: kept in the note once it exists. */
export type KeptWording = Pick<LanguageDismissal, 'ruleId' | 'match'>

/** What the field's owner can ask of the assistant. */
export type LanguageAssistHandle = {
  /** The wordings kept 'just here' in this new note, forgotten as the text starts again. */
  readonly takeKept: () => ReadonlyArray<KeptWording>
  /** Checks the text again now: after it was changed other than by typing. */
  readonly refresh: () => void
}

type Props = {
  /** The textarea the assistant reads and writes, in the page. */
  readonly field?: RefObject<HTMLTextAreaElement | null>
  /** Or the note frame (the capture box's note), which draws the underlines itself. */
  readonly frame?: NoteFrame
  readonly sectionKey: string
  /** The note being edited; null for a note not yet added. */
  readonly noteId: string | null
  /** False where nothing should be suggested (someone's own words). */
  readonly enabled?: boolean
  /** Names the status line, so the field can say how many suggestions there are. */
  readonly statusId: string
  /** Where the line saying how many suggestions there are goes; below the field when not given. */
  readonly statusContainer?: HTMLElement | null
  /** Told what the status line says, for a field that cannot point at it (the note frame reads it out). */
  readonly onStatus?: (status: string) => void
  readonly ref?: Ref<LanguageAssistHandle>
  readonly children?: ReactNode
}

/** How long typing must pause before the text is checked: checking is quick, but marks moving as you type are not. */
const pause = 300

/**
 * The restorative-language assistant around a textarea. Typing is never held up: a keystroke only hides
 * the underlines (which would now be in the wrong place), and the text is checked once typing pauses.
 * The underlines are drawn in a layer over the field that copies its layout; Ctrl+J opens the popover for
 * the wording nearest the caret.
 */
export function LanguageAssist({
  field,
  frame,
  sectionKey,
  noteId,
  enabled = true,
  statusId,
  statusContainer,
  onStatus,
  ref,
  children,
}: Props) {
  const tools = useLanguageTools()
  const active = tools.on && enabled
  const layer = useRef<HTMLDivElement>(null)
  const findings = useRef<ReadonlyArray<Finding>>([])
  const marks = useRef<ReadonlyArray<HTMLElement | null>>([])
  const kept = useRef<KeptWording[]>([])
  // Wordings kept since the text was checked: not shown again while the meeting saves them.
  const hidden = useRef<KeptWording[]>([])
  const timer = useRef<number | undefined>(undefined)
  const [count, setCount] = useState(0)
  const [open, setOpen] = useState<number | null>(null)

  const check = useCallback((): void => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    const textarea = field?.current ?? null
    const target = layer.current
    if (!frame && (!textarea || !target)) return
    const text = frame ? frame.value : (textarea?.value ?? '')
    const all = active ? tools.check(text, sectionKey, noteId) : []
    const isKept = (finding: Finding) => (item: KeptWording) =>
      item.ruleId === finding.ruleId && item.match === finding.match
    const shown = all.filter(
      (finding) => !kept.current.some(isKept(finding)) && !hidden.current.some(isKept(finding)),
    )
    findings.current = shown
    if (frame) frame.mark(text, shown)
    else if (textarea && target) {
      alignLayer(target, textarea)
      marks.current = paintFindings(target, text, shown)
      target.style.visibility = 'visible'
    }
    setCount(shown.length)
  }, [active, tools, sectionKey, noteId, field, frame])

  // The note frame: it hides its own underlines as a key is typed, and passes Ctrl+J on.
  useEffect(() => {
    if (!frame) return
    let lastInput = 0
    const wake = (): void => {
      const left = pause - (performance.now() - lastInput)
      if (left > 0) timer.current = window.setTimeout(wake, left)
      else check()
    }
    const stop = frame.listen((message) => {
      if (message.type === 'input') {
        lastInput = performance.now()
        if (message.value === '') {
          kept.current = []
          hidden.current = []
        }
        if (timer.current === undefined) timer.current = window.setTimeout(wake, pause)
      } else if (message.type === 'key' && isChord(message.key, 'wording')) {
        check()
        const index = findingNear(findings.current, message.caret)
        // Drawn now, so the popover has the focus before the next key: what is typed goes to it.
        if (index >= 0) flushSync(() => setOpen(index))
      }
    })
    check()
    return () => {
      stop()
      window.clearTimeout(timer.current)
    }
  }, [frame, check])

  useEffect(() => {
    const textarea = field?.current
    const target = layer.current
    if (!textarea || !target) return
    // The check waits for a pause in typing. A keystroke only notes its time: the one timer, once it
    // fires, waits on for whatever is left of the pause (rather than every keystroke setting a new timer).
    let lastInput = 0
    const wake = (): void => {
      const left = pause - (performance.now() - lastInput)
      if (left > 0) timer.current = window.setTimeout(wake, left)
      else check()
    }
    const onInput = (): void => {
      lastInput = performance.now()
      if (target.style.visibility !== 'hidden') target.style.visibility = 'hidden'
      if (textarea.value === '') {
        kept.current = []
        hidden.current = []
      }
      if (timer.current === undefined) timer.current = window.setTimeout(wake, pause)
    }
    const onScroll = (): void => {
      target.scrollTop = textarea.scrollTop
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      if (isChord(event, 'wording')) {
        event.preventDefault()
        check()
        const index = findingNear(findings.current, textarea.selectionStart)
        if (index >= 0) setOpen(index)
      }
    }
    // Only while the marks show: while typing they are hidden (and aligned again as they come back), and
    // lining them up reads the field's style and layout, a millisecond on the keystroke that wraps a line.
    const resized = new ResizeObserver(() => {
      if (target.style.visibility !== 'hidden') alignLayer(target, textarea)
    })
    resized.observe(textarea)
    textarea.addEventListener('input', onInput)
    textarea.addEventListener('scroll', onScroll)
    textarea.addEventListener('keydown', onKeyDown)
    check()
    return () => {
      resized.disconnect()
      textarea.removeEventListener('input', onInput)
      textarea.removeEventListener('scroll', onScroll)
      textarea.removeEventListener('keydown', onKeyDown)
      window.clearTimeout(timer.current)
    }
  }, [field, check])

  useImperativeHandle(
    ref,
    () => ({
      takeKept: () => {
        const taken = kept.current
        kept.current = []
        hidden.current = []
        return taken
      },
      refresh: check,
    }),
    [check],
  )

  const finding = open === null ? null : (findings.current[open] ?? null)
  const choose = (choice: FindingChoice): void => {
    const textarea = field?.current
    setOpen(null)
    if (!finding) return
    if (choice.type === 'reword') {
      const text = frame ? frame.value : (textarea?.value ?? '')
      if (text.slice(finding.start, finding.end) !== finding.match) return
      if (frame) frame.replace(finding.start, finding.end, choice.replacement)
      else if (textarea) replaceText(textarea, finding.start, finding.end, choice.replacement)
      // What is typed straight after the choice is the note's, though the popover has the focus a moment more.
      frame?.focus()
      return
    }
    const wording = { ruleId: finding.ruleId, match: finding.match }
    if (choice.type === 'keep-for-meeting') tools.keep({ ...wording, noteId: null })
    else if (noteId === null) kept.current.push(wording)
    else tools.keep({ ...wording, noteId })
    // A wording kept in the meeting leaves at once, rather than when the meeting is next saved.
    if (choice.type === 'keep-for-meeting' || noteId !== null) hidden.current.push(wording)
    check()
    frame?.focus()
  }

  const total = findings.current.length
  const statusWords =
    active && count > 0
      ? `${count === 1 ? '1 wording suggestion' : `${count} wording suggestions`} (${chordLabel('wording')})`
      : ''
  useEffect(() => {
    onStatus?.(statusWords)
  }, [onStatus, statusWords])
  const status = (
    <Box
      id={statusId}
      sx={
        statusContainer === undefined
          ? { minHeight: active ? '1.9rem' : 0, mt: 0.25 }
          : { display: 'inline-flex', alignItems: 'center' }
      }
    >
      {active && count > 0 && (
        <Button
          size="small"
          variant="text"
          aria-keyshortcuts={chordAria('wording')}
          onClick={() =>
            setOpen(
              findingNear(findings.current, frame ? frame.caret : (field?.current?.selectionStart ?? 0)),
            )
          }
          sx={{ px: 0.5, py: 0, minHeight: 0, color: 'warning.main', whiteSpace: 'nowrap' }}
        >
          {statusWords}
        </Button>
      )}
    </Box>
  )
  const underlines = (
    <Box
      ref={layer}
      aria-hidden="true"
      dir="auto"
      sx={{
        position: 'absolute',
        pointerEvents: 'none',
        overflow: 'hidden',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
        boxSizing: 'border-box',
        color: 'transparent',
        visibility: 'hidden',
        '& mark': {
          color: 'transparent',
          background: 'none',
          textDecorationLine: 'underline',
          textDecorationStyle: 'wavy',
          textDecorationThickness: '1.5px',
          textUnderlineOffset: '0.2em',
          textDecorationSkipInk: 'none',
          textDecorationColor: (theme) => theme.vars?.palette.warning.main ?? theme.palette.warning.main,
        },
      }}
    />
  )
  return (
    <>
      {!frame && (
        <Box sx={{ position: 'relative' }}>
          {children}
          {underlines}
        </Box>
      )}
      {statusContainer === undefined ? status : statusContainer && createPortal(status, statusContainer)}
      <FindingPopover
        anchor={
          open === null ? null : frame ? frame.anchor(open) : (marks.current[open] ?? field?.current ?? null)
        }
        finding={finding}
        index={open ?? 0}
        total={total}
        onChoose={choose}
        onMove={(step) => setOpen((at) => (at === null ? null : (at + step + total) % total))}
        onClose={() => {
          setOpen(null)
          frame?.focus()
        }}
      />
    </>
  )
}
