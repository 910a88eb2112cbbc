import { useEffect, useRef } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Link from '@mui/material/Link'

/** A problem with a form field: what is wrong, and the id of the field to fix. */
export type FieldProblem = { readonly fieldId: string; readonly message: string }

/**
 * The list of problems at the top of a form after a submit, each linking to its field (the GOV.UK pattern):
 * it takes focus so the user hears what to fix, and nothing they typed is cleared.
 */
export function ErrorSummary({ problems }: { readonly problems: ReadonlyArray<FieldProblem> }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (problems.length > 0) box.current?.focus()
  }, [problems])
  if (problems.length === 0) return null
  return (
    <Alert severity="error" ref={box} tabIndex={-1} sx={{ mb: 3 }} aria-labelledby="error-summary-title">
      <AlertTitle id="error-summary-title">There is a problem</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {problems.map((problem) => (
          <li key={`${problem.fieldId}-${problem.message}`}>
            <Link
              href={`#${problem.fieldId}`}
              color="inherit"
              sx={{ display: 'inline-block', py: 0.5 }}
              onClick={(event) => {
                event.preventDefault()
                document.getElementById(problem.fieldId)?.focus()
              }}
            >
              {problem.message}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  )
}
