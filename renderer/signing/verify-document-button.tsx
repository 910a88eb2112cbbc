import { useState } from 'react'
import { lazyScreen } from '../app/lazy-screen.tsx'
import { PlainButton } from '../plain/plain.tsx'

// The dialog (MUI's modal, focus trap and transitions, and the verdicts' words) is not needed to draw the
// first screen: fetched when first opened, or when the browser is idle.
export const VerifyDocumentDialog = lazyScreen(
  () => import('./verify-document-dialog.tsx').then((module) => module.VerifyDocumentDialog),
  null,
)

/** 'Verify a document': who signed a Word document, when, and whether it has changed since. */
export function VerifyDocumentButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <PlainButton startIcon="verified" onClick={() => setOpen(true)}>
        Verify a document
      </PlainButton>
      {open && <VerifyDocumentDialog onClose={() => setOpen(false)} />}
    </>
  )
}
