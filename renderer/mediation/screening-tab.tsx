import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { explainedItems, explainedLabels } from '../../shared/kinds/mediation/miam.ts'
import { StartingQuestions, useMiam } from './use-miam.ts'
import { useSettings } from '../settings/use-settings.ts'
import Skeleton from '@mui/material/Skeleton'
import { CloseMiam, MiamDecision } from './miam-decision.tsx'
import { ScreeningQuestions } from './screening-questions.tsx'
import { SavedCheckbox } from './saved-checkbox.tsx'

/** The parent this MIAM is with, chosen from the people at it (not the mediator or the note taker). */
function PartyAndExplained() {
  const { meeting, miam, names, send } = useMiam()
  const parties = meeting.participants.filter(
    (person) => person.id !== meeting.chairId && person.id !== meeting.minuteTakerId,
  )
  return (
    <Paper component="section" aria-labelledby="miam-party-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="miam-party-heading" sx={{ mb: 2 }}>
        The parent, and what you explained
      </Typography>
      {parties.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          Add the parent on Before the meeting first: a MIAM is with one parent at a time.
        </Alert>
      ) : (
        <TextField
          select
          id="miam-party"
          label="This MIAM is with"
          value={miam.partyId ?? ''}
          onChange={(event) =>
            void send({
              type: 'set-miam-party',
              partyId: event.target.value === '' ? null : event.target.value,
            })
          }
          sx={{ minWidth: 320, mb: 2 }}
        >
          <MenuItem value="">Not chosen</MenuItem>
          {parties.map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {names.get(person.id) ?? person.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Box role="group" aria-labelledby="miam-explained-label">
        <Typography id="miam-explained-label" sx={{ fontWeight: 600 }}>
          You explained
        </Typography>
        {explainedItems.map((item) => (
          <SavedCheckbox
            key={item}
            id={`explained-${item}`}
            label={explainedLabels[item]}
            checked={miam.explained[item] !== null}
            onChange={(covered) => void send({ type: 'mark-explained', item, covered })}
          />
        ))}
      </Box>
    </Paper>
  )
}

/**
 * A MIAM's own tab: the parent, what the mediator explained, the private screening and its suggested
 * triage, the mediator's decision, and closing the MIAM with its outcome. Locked once closed.
 */
export function ScreeningTab() {
  const settings = useSettings()
  // Until the settings are read, a MIAM not started does not know which questions it will ask.
  if (settings === null) return <Skeleton variant="rounded" height={480} aria-label="Opening the screening" />
  return (
    <StartingQuestions.Provider value={settings.screeningQuestions ?? undefined}>
      <ScreeningParts />
    </StartingQuestions.Provider>
  )
}

function ScreeningParts() {
  const { miam } = useMiam()
  const closed = miam.closed !== null
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      {closed && (
        <Alert severity="info">This MIAM is closed: its screening and decision are kept as they were.</Alert>
      )}
      <Box
        component="fieldset"
        disabled={closed}
        aria-disabled={closed || undefined}
        sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 3 }}
      >
        <PartyAndExplained />
        <ScreeningQuestions />
        <MiamDecision />
      </Box>
      <CloseMiam />
    </Box>
  )
}
