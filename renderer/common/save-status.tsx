import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined'
import ErrorOutline from '@mui/icons-material/ErrorOutlined'
import Sync from '@mui/icons-material/Sync'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'

/** Where the user's latest change is: on its way, safely on disk, or not saved (with why). */
export type SaveState =
  | { readonly state: 'saved'; readonly at: string | null }
  | { readonly state: 'saving' }
  | { readonly state: 'not-saved'; readonly message: string }
  /** The latest change was refused (it cannot be saved as it is): trying again would not help. */
  | { readonly state: 'refused'; readonly message: string }

/**
 * The save indicator. 'All changes saved' appears only after the store has written the change durably;
 * a failure says what happened and offers to try again, and what was typed stays on screen.
 */
export function SaveStatus({ save, onRetry }: { readonly save: SaveState; readonly onRetry?: () => void }) {
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 36 }}
      data-save-state={save.state}
    >
      {save.state === 'saved' && (
        <>
          <CheckCircleOutline fontSize="small" color="success" aria-hidden />
          <Typography variant="body2" color="text.secondary">
            All changes saved{save.at ? ` (${formatBritishDateTime(new Date(save.at))})` : ''}
          </Typography>
        </>
      )}
      {save.state === 'saving' && (
        <>
          <Sync fontSize="small" color="action" aria-hidden />
          <Typography variant="body2" color="text.secondary">
            Saving…
          </Typography>
        </>
      )}
      {save.state === 'refused' && (
        <>
          <ErrorOutline fontSize="small" color="error" aria-hidden />
          <Typography variant="body2" color="error">
            Not saved: {save.message}
          </Typography>
        </>
      )}
      {save.state === 'not-saved' && (
        <>
          <ErrorOutline fontSize="small" color="error" aria-hidden />
          <Typography variant="body2" color="error">
            Not saved. {save.message}
          </Typography>
          {onRetry && (
            <Button size="small" onClick={onRetry}>
              Try again
            </Button>
          )}
        </>
      )}
    </Box>
  )
}
