import GlobalStyles from '@mui/material/GlobalStyles'

/**
 * How the note island looks (see useNoteIsland): a plain textarea laid over the capture box's slot, drawn as
 * MUI draws a small outlined field, its label on the border; tinted in a closed part or a private room.
 * Global, because the island is outside the app's React tree.
 */
export function NoteIslandStyles() {
  return (
    <GlobalStyles
      styles={{
        // The app in a layer of its own, so a keystroke in the note repaints the note alone.
        '#root': { isolation: 'isolate' },
        '.cv-note-island': {
          position: 'fixed',
          left: 0,
          top: 0,
          zIndex: 2,
          margin: 0,
          padding: 0,
          '--cv-note-ground': 'var(--mui-palette-background-paper)',
        },
        '.cv-note-island.cv-closed-part': {
          '--cv-note-ground':
            'color-mix(in srgb, var(--mui-palette-warning-main) 12%, var(--mui-palette-background-paper))',
        },
        // Drawn as MUI draws a small outlined field, label on the border included.
        '.cv-note-field': {
          display: 'block',
          boxSizing: 'border-box',
          width: '100%',
          margin: 0,
          padding: '8.5px 14px',
          font: 'inherit',
          fontSize: '1rem',
          lineHeight: '1.4375em',
          color: 'var(--mui-palette-text-primary)',
          background: 'transparent',
          border: '1px solid color-mix(in srgb, var(--mui-palette-text-primary) 28%, transparent)',
          borderRadius: 4,
          outline: 'none',
          fieldSizing: 'content',
          minHeight: 'calc(1lh + 19px)',
          maxHeight: 'calc(8lh + 19px)',
          overflowY: 'auto',
          resize: 'none',
        },
        '.cv-note-field:hover': { borderColor: 'var(--mui-palette-text-primary)' },
        '.cv-note-field:focus': {
          borderColor: 'var(--mui-palette-primary-main)',
          boxShadow: 'inset 0 0 0 1px var(--mui-palette-primary-main)',
        },
        '.cv-note-field.cv-error': {
          borderColor: 'var(--mui-palette-error-main)',
          boxShadow: 'inset 0 0 0 1px var(--mui-palette-error-main)',
        },
        '.cv-note-label': {
          position: 'absolute',
          top: '-0.6em',
          left: 10,
          maxWidth: 'calc(100% - 24px)',
          padding: '0 4px',
          fontSize: '0.75rem',
          lineHeight: 1.2,
          color: 'var(--mui-palette-text-secondary)',
          background: 'var(--cv-note-ground)',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          pointerEvents: 'none',
        },
        '.cv-note-island:focus-within .cv-note-label': { color: 'var(--mui-palette-primary-main)' },
        '.cv-note-layer': { position: 'absolute', inset: 0, pointerEvents: 'none' },
      }}
    />
  )
}
