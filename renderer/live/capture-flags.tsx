import ToggleButton from '@mui/material/ToggleButton'
import LockOutlined from '@mui/icons-material/LockOutlined'
import FormatQuote from '@mui/icons-material/FormatQuote'
import Spellcheck from '@mui/icons-material/Spellcheck'
import { chordAria } from '../common/shortcuts.ts'
import { useLanguageTools } from '../language/language-tools.tsx'

const toggleSx = {
  py: 0.25,
  px: 1,
  gap: 0.5,
  textTransform: 'none',
  fontSize: '0.8rem',
  lineHeight: 1.4,
  whiteSpace: 'nowrap',
  border: 1,
} as const

/**
 * The capture box's switches, small enough to sit in one line under the note: a closed part (it fills
 * with the warning colour and says so while on), their own words, and the wording suggestions.
 */
export function CaptureFlags({
  notForFamily,
  verbatim,
  onClosedPart,
  onOwnWords,
}: {
  readonly notForFamily: boolean
  readonly verbatim: boolean
  readonly onClosedPart: () => void
  readonly onOwnWords: () => void
}) {
  const language = useLanguageTools()
  return (
    <>
      <ToggleButton
        value="closed-part"
        id="note-not-for-family"
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
      <ToggleButton
        value="own-words"
        id="note-verbatim"
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
