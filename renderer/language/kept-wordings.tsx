import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useMeetingContext } from '../meeting/meeting-context.tsx'

/** The wordings the chair chose to keep, each of which can be flagged again. */
export function KeptWordings() {
  const { meeting, send } = useMeetingContext()
  const kept = meeting.languageDismissals
  if (kept.length === 0) return null
  return (
    <Paper component="section" aria-labelledby="language-kept" sx={{ p: 2 }}>
      <Typography variant="h3" component="h2" id="language-kept" sx={{ mb: 1 }}>
        Wordings kept
      </Typography>
      <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {kept.map((dismissal) => (
          <Stack
            component="li"
            key={`${dismissal.ruleId}:${dismissal.match}:${dismissal.noteId ?? ''}`}
            direction="row"
            spacing={2}
            sx={{ alignItems: 'center' }}
          >
            <Typography sx={{ flexGrow: 1 }}>
              <bdi>‘{dismissal.match}’</bdi>{' '}
              {dismissal.noteId === null ? 'in every note of this meeting' : 'in one note'}
            </Typography>
            <Button
              size="small"
              onClick={() => void send({ type: 'flag-wording-again', dismissal })}
              aria-label={`Suggest again: ‘${dismissal.match}’`}
            >
              Suggest again
            </Button>
          </Stack>
        ))}
      </Stack>
    </Paper>
  )
}
