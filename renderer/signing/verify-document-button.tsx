import { useState } from 'react'
import Button from '@mui/material/Button'
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined'
import { lazyScreen } from '../app/lazy-screen.tsx'

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
      <Button startIcon={<VerifiedOutlined />} onClick={() => setOpen(true)}>
        Verify a document
      </Button>
      {open && <VerifyDocumentDialog onClose={() => setOpen(false)} />}
    </>
  )
}
