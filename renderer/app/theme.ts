import { createTheme } from '@mui/material/styles'
import { releaseGuard } from '../common/release-guard.ts'

// The theme uses CSS variables: this tells MUI's types so (theme.vars, and the ThemeProvider's options).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true
  }
}

/**
 * A calm, readable look: generous type, quiet colours, strong contrast; light or dark as the operating
 * system says (a CSS media query, so there is no flash and nothing stored).
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'media' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1d5a73', contrastText: '#ffffff' },
        secondary: { main: '#5b4a86' },
        error: { main: '#b3261e' },
        warning: { main: '#8a5300' },
        success: { main: '#2e6b34' },
        background: { default: '#f5f6f7', paper: '#ffffff' },
        text: { primary: '#1a1f24', secondary: '#48525c' },
        divider: '#d5dade',
      },
    },
    dark: {
      palette: {
        primary: { main: '#8fcbe3', contrastText: '#0d1a20' },
        secondary: { main: '#c6b8ef' },
        error: { main: '#f2b8b5' },
        warning: { main: '#f5c57a' },
        success: { main: '#9bd59f' },
        background: { default: '#121619', paper: '#1a2025' },
        text: { primary: '#e8ecef', secondary: '#b3bcc4' },
        divider: '#33404a',
      },
    },
  },
  typography: {
    fontFamily:
      '"Segoe UI", "Noto Sans", "Helvetica Neue", Arial, "Noto Sans Arabic", "Noto Sans Bengali", sans-serif',
    fontSize: 15,
    h1: { fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.25 },
    h2: { fontSize: '1.3rem', fontWeight: 600, lineHeight: 1.3 },
    h3: { fontSize: '1.1rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    // Focus from the keyboard is a ring on every button, tab and toggle, never only MUI's grey fill: on a
    // toggle that fill looked just like the pressed state ('Closed part' focused, or switched on?).
    MuiButtonBase: {
      styleOverrides: {
        root: {
          '&.Mui-focusVisible': {
            outline: '2px solid var(--mui-palette-primary-main)',
            outlineOffset: 2,
          },
        },
      },
    },
    MuiTextField: { defaultProps: { fullWidth: true } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    // A choice (a name and role, a worry) wraps in its field rather than be cut off ('Priya Shah, Social
    // wo…'): what was chosen must be readable whole before the record is signed.
    // Its list chooses only by a click or a key on an item (see release-guard.ts).
    MuiSelect: {
      defaultProps: { MenuProps: { slotProps: { list: releaseGuard } } },
      styleOverrides: { select: { whiteSpace: 'normal', overflowWrap: 'anywhere' } },
    },
  },
})
