import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Message, PlainButton } from '../plain/plain.tsx'

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
      <main className="plain-page plain-page-narrow">
        <Message severity="error" title="Something went wrong on this screen">
          Your work is saved: everything that showed as saved is safe. Reload the screen to carry on.
          <div className="plain-actions">
            <PlainButton variant="contained" onClick={() => window.location.reload()}>
              Reload
            </PlainButton>
          </div>
        </Message>
      </main>
    )
  }
}
