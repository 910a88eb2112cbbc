import type { ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import { moduleOf } from '../../shared/kinds/registry.ts'
import { useMeetingContext } from './meeting-context.tsx'

/**
 * Fields that signed minutes do not take: while the record is signed they cannot be typed in (a fieldset,
 * disabled), so nothing is typed only to be refused and lost; with `explain`, a line says how to change
 * them. Buttons outside it (a correction, the documents) are not affected.
 */
export function LockedWhenSigned({
  children,
  explain = true,
}: {
  readonly children: ReactNode
  readonly explain?: boolean
}) {
  const { meeting } = useMeetingContext()
  const signed = moduleOf(meeting.kind).isSigned(meeting)
  return (
    <>
      {signed && explain && (
        <Alert severity="info">
          These minutes are signed and locked. To change them, start a correction on the Decision and plan
          tab: it makes a new version and keeps this one as it is.
        </Alert>
      )}
      <Box
        component="fieldset"
        disabled={signed}
        aria-disabled={signed || undefined}
        sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 3 }}
      >
        {children}
      </Box>
    </>
  )
}
