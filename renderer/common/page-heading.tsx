import { useEffect, useRef, type ReactNode } from 'react'
import { focusMovedSinceScreenChange } from './screen-change-focus.ts'

/**
 * A screen's title. It takes focus when the screen opens, so a screen-reader user hears where they are and
 * a keyboard user carries on from the top of the new screen; never from someone who has already moved on
 * (a screen that came late must not pull them back from the field they are typing in). A plain h1 in the
 * theme's h1 type (renderer/app/first-screen.css), as it heads the first screens, which are drawn before
 * MUI has loaded.
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
    if (takeFocus && !focusMovedSinceScreenChange()) heading.current?.focus({ preventScroll: false })
  }, [takeFocus])
  return (
    <h1 className="page-heading" id={id} ref={heading} tabIndex={-1}>
      {children}
    </h1>
  )
}
