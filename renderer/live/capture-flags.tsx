import MenuItem from '@mui/material/MenuItem'
import Select from '@mui/material/Select'
import ToggleButton from '@mui/material/ToggleButton'
import type { Visibility } from '../../shared/model/visibility.ts'
import LockOutlined from '@mui/icons-material/LockOutlined'
import FormatQuote from '@mui/icons-material/FormatQuote'
import Spellcheck from '@mui/icons-material/Spellcheck'
import { chordAria } from '../common/shortcuts.ts'
import { useLanguageTools } from '../language/language-tools.tsx'
import { keepFocusOnClick } from '../common/keep-focus.ts'

const toggleSx = {
  py: 0.25,
  px: 1,
  gap: 0.5,
  textTransform: 'none',
  fontSize: '0.8rem',
  lineHeight: 1.4,
  whiteSpace: 'nowrap',
  border: 1,
  // Full-strength text: on the warning-tinted box of a closed part or a private note, the lighter grey a
  // toggle has by default falls below the contrast the words need.
  color: 'text.primary',
} as const

/** One choice of who may see a note, as the capture box offers it: 'Only Anna Byrne and you'. */
export type VisibilityChoice = { readonly visibility: Visibility; readonly label: string }

/** True when two visibilities say the same. */
export function sameVisibility(a: Visibility, b: Visibility): boolean {
  return a.to === b.to && (a.to !== 'party' || (b.to === 'party' && a.partyId === b.partyId))
}

const keyOf = (visibility: Visibility): string =>
  visibility.to === 'party' ? `party:${visibility.partyId}` : visibility.to

/**
 * The capture box's switches, small enough to sit in one line under the note: a closed part (it fills
 * with the warning colour and says so while on), their own words, and the wording suggestions.
 */
export function CaptureFlags({
  notForFamily,
  verbatim,
  onClosedPart,
  onOwnWords,
  audiences,
  visibility,
  onVisibility,
  onChosen,
}: {
  readonly notForFamily: boolean
  readonly verbatim: boolean
  readonly onClosedPart: () => void
  readonly onOwnWords: () => void
  /** A choice of who may see the note (mediation), in place of the closed-part switch; null for that. */
  readonly audiences: ReadonlyArray<VisibilityChoice> | null
  readonly visibility: Visibility
  readonly onVisibility: (visibility: Visibility) => void
  /** Back to the note, once a choice of who may see it is made or let go. */
  readonly onChosen: () => void
}) {
  const language = useLanguageTools()
  return (
    <>
      {audiences ? (
        <Select
          size="small"
          id="note-visibility"
          value={keyOf(visibility)}
          onChange={(event) => {
            const chosen = audiences.find((choice) => keyOf(choice.visibility) === event.target.value)
            if (chosen) onVisibility(chosen.visibility)
          }}
          // The choice made (or let go), the focus goes back to the note rather than staying on the choice,
          // where what is typed next would choose again.
          onClose={onChosen}
          MenuProps={{ disableRestoreFocus: true }}
          SelectDisplayProps={{
            'aria-label': 'Who may see this note',
            'aria-keyshortcuts': chordAria('closed-part'),
          }}
          renderValue={(key) => (
            <>
              {key !== 'everyone' && (
                <LockOutlined sx={{ fontSize: 16, mr: 0.5, verticalAlign: 'text-bottom' }} aria-hidden />
              )}
              {audiences.find((choice) => keyOf(choice.visibility) === key)?.label}
            </>
          )}
          sx={{
            width: 260,
            flexShrink: 0,
            fontSize: '0.8rem',
            '& .MuiSelect-select': { py: 0.5 },
            ...(notForFamily
              ? {
                  bgcolor: 'warning.main',
                  color: 'warning.contrastText',
                  fontWeight: 700,
                  '& .MuiSvgIcon-root': { color: 'warning.contrastText' },
                }
              : {}),
          }}
        >
          {audiences.map((choice) => (
            <MenuItem key={keyOf(choice.visibility)} value={keyOf(choice.visibility)}>
              {choice.label}
            </MenuItem>
          ))}
        </Select>
      ) : (
        <ToggleButton
          value="closed-part"
          id="note-not-for-family"
          {...keepFocusOnClick}
          size="small"
          color="warning"
          selected={notForFamily}
          onChange={onClosedPart}
          aria-keyshortcuts={chordAria('closed-part')}
          sx={{
            ...toggleSx,
            '&.Mui-selected, &.Mui-selected:hover': {
              bgcolor: 'warning.main',
              color: 'warning.contrastText',
              fontWeight: 700,
            },
          }}
        >
          <LockOutlined sx={{ fontSize: 16 }} aria-hidden />
          {notForFamily ? 'Closed part: not for the family' : 'Closed part'}
        </ToggleButton>
      )}
      <ToggleButton
        value="own-words"
        id="note-verbatim"
        {...keepFocusOnClick}
        size="small"
        selected={verbatim}
        onChange={onOwnWords}
        aria-keyshortcuts={chordAria('own-words')}
        sx={toggleSx}
      >
        <FormatQuote sx={{ fontSize: 16 }} aria-hidden />
        In their own words
      </ToggleButton>
      {language.settings && (
        <ToggleButton
          value="wording"
          id="language-assistant-on"
          {...keepFocusOnClick}
          size="small"
          selected={language.on}
          onChange={() => void language.setOn(!language.on)}
          sx={toggleSx}
        >
          <Spellcheck sx={{ fontSize: 16 }} aria-hidden />
          Wording suggestions
        </ToggleButton>
      )}
    </>
  )
}
