import { useRef, type ReactNode } from 'react'

/**
 * A file chosen with the page's own file input (which works in Convene's window and in a browser alike):
 * `input` goes in the page, hidden; `choose` opens it. The input is emptied after each choice, so the same
 * file chosen again is read again.
 */
export function useFilePicker(options: {
  readonly accept: string
  /** What the file is, for screen readers ('Handover file to open'). */
  readonly label: string
  readonly testId: string
  readonly onFile: (file: File) => void
}): { readonly choose: () => void; readonly input: ReactNode } {
  const element = useRef<HTMLInputElement>(null)
  return {
    choose: () => element.current?.click(),
    input: (
      <input
        ref={element}
        type="file"
        hidden
        accept={options.accept}
        aria-label={options.label}
        data-testid={options.testId}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) options.onFile(file)
        }}
      />
    ),
  }
}
