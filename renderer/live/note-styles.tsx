import GlobalStyles from '@mui/material/GlobalStyles'

/**
 * The note card's styles, written once for the whole page instead of computed per card: a meeting can
 * have a thousand notes, and per-card style objects made every save and every view switch slow. Colours
 * come from the theme's CSS variables, so light and dark modes still apply.
 */
export function NoteStyles() {
  return (
    <GlobalStyles
      styles={{
        '.cv-note': {
          position: 'relative',
          padding: '12px 40px 10px 12px',
          borderRadius: 12,
          border: '1px solid var(--mui-palette-divider)',
          background: 'var(--mui-palette-background-paper)',
          color: 'var(--mui-palette-text-primary)',
        },
        '.cv-note[data-state="saving"]': { opacity: 0.75 },
        '.cv-note[data-closed="true"]': {
          borderColor: 'var(--mui-palette-warning-main)',
          borderLeftWidth: 5,
        },
        '.cv-note.cv-large': { padding: '16px 20px' },
        // The running record: time, section and words on one line where they fit.
        '.cv-note.cv-dense': {
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          columnGap: 8,
          padding: '4px 40px 4px 10px',
          borderRadius: 8,
        },
        '.cv-dense .cv-tags': { marginBottom: 0, flexShrink: 0 },
        '.cv-dense .cv-note-text': { flex: '1 1 20rem', minWidth: 0 },
        '.cv-dense .cv-meta': { margin: 0, flexBasis: '100%' },
        '.cv-dense .cv-note-menu': { top: 1 },
        '.cv-when': {
          fontSize: '0.8rem',
          fontVariantNumeric: 'tabular-nums',
          color: 'var(--mui-palette-text-secondary)',
          flexShrink: 0,
        },
        '.cv-note-text': {
          margin: 0,
          fontSize: '0.95rem',
          lineHeight: 1.45,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        },
        '.cv-large .cv-note-text': { fontSize: '1.35rem' },
        '.cv-note-text.cv-verbatim': { fontStyle: 'italic' },
        '.cv-speaker': { fontWeight: 700, fontStyle: 'normal' },
        '.cv-meta': { margin: '4px 0 0', fontSize: '0.75rem', color: 'var(--mui-palette-text-secondary)' },
        '.cv-meta.cv-failed': { color: 'var(--mui-palette-error-main)' },
        '.cv-tags': { display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 4 },
        '.cv-tag': {
          display: 'inline-flex',
          alignItems: 'center',
          gap: 4,
          fontSize: '0.75rem',
          padding: '1px 8px',
          borderRadius: 999,
          border: '1px solid var(--mui-palette-divider)',
        },
        '.cv-tag.cv-closed': {
          background: 'var(--mui-palette-warning-main)',
          borderColor: 'var(--mui-palette-warning-main)',
          color: 'var(--mui-palette-warning-contrastText)',
          fontWeight: 600,
        },
        '.cv-note-menu': {
          position: 'absolute',
          top: 6,
          right: 6,
          width: 30,
          height: 30,
          borderRadius: '50%',
          border: 0,
          background: 'transparent',
          color: 'var(--mui-palette-text-secondary)',
          cursor: 'pointer',
          display: 'grid',
          placeItems: 'center',
        },
        '.cv-note-menu:hover': { background: 'var(--mui-palette-action-hover)' },
        '.cv-note-menu:focus-visible': { outline: '2px solid var(--mui-palette-primary-main)' },
        '.cv-retry': {
          marginTop: 4,
          border: 0,
          background: 'transparent',
          color: 'var(--mui-palette-primary-main)',
          fontWeight: 600,
          cursor: 'pointer',
          padding: 0,
        },
      }}
    />
  )
}
