import { Component, type ErrorInfo, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'

type State = { readonly failed: boolean }

/**
 * A bug in a screen shows a calm message, not a blank window. Everything shown as saved was saved by the
 * main process before it was shown, so reloading loses nothing that was acknowledged.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Deliberately not logged from here: an error message can quote what the user typed.
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <Box component="main" sx={{ p: 4, maxWidth: 640, mx: 'auto' }}>
        <Alert severity="error">
          <AlertTitle>Something went wrong on this screen</AlertTitle>
          Your work is saved: everything that showed as saved is safe. Reload the screen to carry on.
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" onClick={() => window.location.reload()}>
              Reload
            </Button>
          </Box>
        </Alert>
      </Box>
    )
  }
}
