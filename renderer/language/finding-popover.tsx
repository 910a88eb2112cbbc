import type { KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Popover, { type PopoverProps } from '@mui/material/Popover'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { replacementFor, type Finding } from '../../shared/language/analyse.ts'
import { languageCategoryTitles } from '../../shared/language/rule-files.ts'
import { reasonWithAdvice } from '../../shared/text/sentences.ts'

/** What the chair can do with a finding. */
export type FindingChoice =
  | { readonly type: 'reword'; readonly replacement: string }
  | { readonly type: 'keep-once' }
  | { readonly type: 'keep-for-meeting' }

type Props = {
  /** The wording's mark (an element, or a place in the note frame); null when closed. */
  readonly anchor: PopoverProps['anchorEl'] | null
  readonly finding: Finding | null
  readonly index: number
  readonly total: number
  /** Whether 'keep it in this note' applies (false where the wording is not in a note). */
  readonly onChoose: (choice: FindingChoice) => void
  readonly onMove: (step: 1 | -1) => void
  readonly onClose: () => void
}

/** A suggestion in brackets is advice ('(name the agencies)'), not words to put in. */
const isAdvice = (suggestion: string): boolean => /^\(.*\)$/.test(suggestion.trim())

/**
 * Explains one finding and offers what to do, all from the keyboard: a number puts that wording in, K keeps
 * the wording this time, M keeps it for the whole meeting, the arrow keys go to the next or previous
 * finding, and Esc goes back to the text.
 */
export function FindingPopover({ anchor, finding, index, total, onChoose, onMove, onClose }: Props) {
  const open = anchor !== null && anchor !== undefined && finding !== null
  const rewordings = finding ? finding.suggestions.filter((suggestion) => !isAdvice(suggestion)) : []
  const advice = finding ? finding.suggestions.filter(isAdvice) : []
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.altKey || event.metaKey || !finding) return
    const key = event.key.toLowerCase()
    const number = Number.parseInt(key, 10)
    const rewording = Number.isInteger(number) ? rewordings[number - 1] : undefined
    if (rewording !== undefined) onChoose({ type: 'reword', replacement: replacementFor(finding, rewording) })
    else if (key === 'k') onChoose({ type: 'keep-once' })
    else if (key === 'm') onChoose({ type: 'keep-for-meeting' })
    else if ((key === 'arrowright' || key === 'arrowdown' || key === 'n') && total > 1) onMove(1)
    else if ((key === 'arrowleft' || key === 'arrowup' || key === 'p') && total > 1) onMove(-1)
    else return
    event.preventDefault()
  }
  return (
    <Popover
      open={open}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'top', horizontal: 'left' }}
      transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      // The text field is changed while this is open; the focus goes back to it afterwards.
      disableEnforceFocus
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-labelledby': 'finding-title',
          'aria-describedby': 'finding-reason finding-keys',
          onKeyDown,
          sx: { p: 2, maxWidth: 440, mt: -1 },
        },
      }}
    >
      {finding && (
        <Box>
          <Typography variant="overline" component="p" color="text.secondary">
            {languageCategoryTitles[finding.category]}
            {total > 1 && ` · ${index + 1} of ${total}`}
          </Typography>
          <Typography variant="h3" component="h2" id="finding-title" sx={{ mb: 1 }}>
            <bdi>‘{finding.match}’</bdi>
          </Typography>
          <Typography id="finding-reason" sx={{ mb: 1.5 }}>
            {reasonWithAdvice(
              finding.reason,
              advice.map((item) => item.trim().slice(1, -1)),
            )}
          </Typography>
          {rewordings.length > 0 && (
            <Stack spacing={0.5} sx={{ mb: 1.5 }} role="group" aria-label="Write instead">
              {rewordings.map((rewording, at) => (
                <Button
                  key={rewording}
                  variant={at === 0 ? 'contained' : 'outlined'}
                  autoFocus={at === 0}
                  aria-keyshortcuts={at < 9 ? String(at + 1) : undefined}
                  onClick={() =>
                    onChoose({ type: 'reword', replacement: replacementFor(finding, rewording) })
                  }
                  sx={{ justifyContent: 'flex-start', textAlign: 'left' }}
                >
                  {at < 9 && (
                    <Box component="span" aria-hidden="true" sx={{ mr: 1, opacity: 0.8 }}>
                      {at + 1}
                    </Box>
                  )}
                  <bdi>{replacementFor(finding, rewording)}</bdi>
                </Button>
              ))}
            </Stack>
          )}
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button
              size="small"
              autoFocus={rewordings.length === 0}
              aria-keyshortcuts="K"
              onClick={() => onChoose({ type: 'keep-once' })}
            >
              Keep it here (K)
            </Button>
            <Button size="small" aria-keyshortcuts="M" onClick={() => onChoose({ type: 'keep-for-meeting' })}>
              Keep it in this meeting (M)
            </Button>
            {total > 1 && (
              <Button size="small" aria-keyshortcuts="ArrowRight" onClick={() => onMove(1)}>
                Next (→)
              </Button>
            )}
          </Stack>
          <Typography id="finding-keys" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {rewordings.length > 0 ? 'Press a number to use that wording. ' : ''}Esc goes back to the text.
          </Typography>
        </Box>
      )}
    </Popover>
  )
}
