import type { ComponentProps, ReactNode } from 'react'
import { iconPaths, type IconName } from './icons.ts'

/**
 * The first screens' building blocks, drawn with plain elements and the classes of
 * renderer/app/first-screen.css (on the theme's CSS variables), so the lock screen, the frame and the
 * meetings list show without MUI, which loads with the first screen that needs it. They look and read as
 * MUI's: an icon, a message (Alert), a button, a busy spinner.
 */
export function Icon({ name, className }: { readonly name: IconName; readonly className?: string }) {
  return (
    <svg className={className ?? 'plain-icon'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {iconPaths[name].map((path) => (
        <path key={path} d={path} />
      ))}
    </svg>
  )
}

type Severity = 'error' | 'warning' | 'info'

/**
 * A message in the colours of MUI's standard Alert. A problem or a warning is read out at once (role
 * alert, as MUI's Alert); information politely (role status). With `onClose`, a button to dismiss it, named by `closeLabel`.
 */
export function Message({
  severity,
  title,
  outlined = false,
  onClose,
  closeLabel = 'Close',
  children,
}: {
  readonly severity: Severity
  readonly title?: string
  readonly outlined?: boolean
  readonly onClose?: () => void
  readonly closeLabel?: string
  readonly children: ReactNode
}) {
  return (
    <div
      className={`plain-message plain-message-${severity}${outlined ? ' plain-message-outlined' : ''}`}
      role={severity === 'info' ? 'status' : 'alert'}
    >
      <Icon name={severity} className="plain-message-icon" />
      <div className="plain-message-body">
        {title && <p className="plain-message-title">{title}</p>}
        {children}
      </div>
      {onClose && (
        <button type="button" className="plain-message-close" aria-label={closeLabel} onClick={onClose}>
          <Icon name="close" />
        </button>
      )}
    </div>
  )
}

type ButtonProps = ComponentProps<'button'> & {
  readonly variant?: 'text' | 'outlined' | 'contained'
  readonly size?: 'medium' | 'large'
  /** 'inherit' takes the colour of the text around it (the frame's navigation), as MUI's color="inherit". */
  readonly tone?: 'primary' | 'inherit'
  readonly startIcon?: IconName
}

/** A button as MUI's Button draws it: text, outlined or contained, with an icon before its words. */
export function PlainButton({
  variant = 'text',
  size = 'medium',
  tone = 'primary',
  startIcon,
  className,
  children,
  type = 'button',
  ...button
}: ButtonProps) {
  const classes = ['plain-button', `plain-button-${variant}`, `plain-button-${size}`]
  if (tone === 'inherit') classes.push('plain-button-inherit')
  if (className) classes.push(className)
  return (
    <button type={type} className={classes.join(' ')} {...button}>
      {startIcon && <Icon name={startIcon} className="plain-button-icon" />}
      {children}
    </button>
  )
}

/** A busy spinner, named for screen readers (MUI's CircularProgress, as the first screens show it). */
export function Spinner({ label }: { readonly label: string }) {
  return <span className="plain-spinner" role="progressbar" aria-label={label} />
}

/** A one-line search field: its label above, a search icon inside, as the first screens draw fields. */
export function SearchField({
  id,
  label,
  value,
  onChange,
  placeholder,
}: {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly placeholder?: string
}) {
  return (
    <div className="plain-field plain-search">
      <label htmlFor={id}>{label}</label>
      <div className="plain-search-box">
        <Icon name="search" className="plain-search-icon" />
        <input
          id={id}
          type="search"
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </div>
  )
}

/** An on/off switch with its label: a checkbox, drawn as MUI's Switch. */
export function Switch({
  id,
  label,
  checked,
  onChange,
}: {
  readonly id: string
  readonly label: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}) {
  return (
    <label className="plain-switch" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="plain-switch-track" aria-hidden="true" />
      {label}
    </label>
  )
}
