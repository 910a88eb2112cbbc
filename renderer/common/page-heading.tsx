import { useEffect, useRef, type ReactNode } from 'react'
import Typography from '@mui/material/Typography'

/**
 * A screen's title. It takes focus when the screen opens, so a screen-reader user hears where they are and
 * a keyboard user carries on from the top of the new screen.
 */
export function PageHeading({
  children,
  id,
  takeFocus = true,
}: {
  readonly children: ReactNode
  readonly id?: string
  /** False where a field should have the focus instead (the passphrase on the lock screen). */
  readonly takeFocus?: boolean
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeFocus) heading.current?.focus({ preventScroll: false })
  }, [takeFocus])
  return (
    <Typography
      variant="h1"
      component="h1"
      id={id}
      ref={heading}
      tabIndex={-1}
      sx={{ outline: 'none', mb: 1 }}
    >
      {children}
    </Typography>
  )
}
