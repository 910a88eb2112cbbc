import { useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { TrustedAdministrator } from '../../shared/handover/handover.ts'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import { convene } from '../api/convene.ts'
import { toBase64 } from '../common/download.ts'
import { useFileSaver } from '../common/save-files.tsx'
import { useFilePicker } from '../common/file-picker.tsx'
import { roleChanged, useLaptopRole } from '../common/use-laptop-role.ts'
import { laptopRoles, type LaptopRole } from '../../shared/model/identity.ts'
import { readTextFile } from '../../shared/text/decode-text.ts'

/**
 * Settings, Handovers: an administrator makes this laptop's card and reads its fingerprint to chairs; a
 * chair adds an administrator from their card once the fingerprint heard matches it.
 */
export function HandoverSettings() {
  const [administrators, setAdministrators] = useState<ReadonlyArray<TrustedAdministrator>>([])
  useEffect(() => {
    void convene()
      .handover.administrators()
      .then((result) => result.ok && setAdministrators(result.value))
  }, [])
  // A service lead neither receives nor hands over records: who uses the laptop is all there is here.
  const serviceLead = useLaptopRole() === 'service-lead'
  if (serviceLead)
    return (
      <Box sx={{ display: 'grid', gap: 3 }}>
        <WhoUsesThisLaptop />
      </Box>
    )
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <WhoUsesThisLaptop />
      <MyCard />
      <Box>
        <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600, mb: 1 }}>
          Administrators you hand over to
        </Typography>
        {administrators.length === 0 ? (
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            None yet.
          </Typography>
        ) : (
          <Box component="ul" sx={{ pl: 3, mt: 0 }} aria-label="Administrators you hand over to">
            {administrators.map((each) => (
              <li key={each.fingerprint}>
                <bdi>{each.name}</bdi>, key <strong>{each.fingerprint}</strong>, added{' '}
                {formatBritishDate(ukDateOf(new Date(each.addedAt)))}{' '}
                <Button
                  size="small"
                  aria-label={`Stop handing over to ${each.name}`}
                  onClick={() =>
                    void convene()
                      .handover.removeAdministrator(each.fingerprint)
                      .then((result) => result.ok && setAdministrators(result.value))
                  }
                >
                  Stop handing over to them
                </Button>
              </li>
            ))}
          </Box>
        )}
        <AddAdministrator onAdded={setAdministrators} />
      </Box>
    </Box>
  )
}

/**
 * Who uses this laptop. Set for an administrator, Convene shows the desk alone: the records chairs hand
 * over, in the administrator's projection, and nothing of meetings of its own.
 */
function WhoUsesThisLaptop() {
  const role = useLaptopRole()
  const [problem, setProblem] = useState<string | null>(null)
  const choose = async (next: LaptopRole) => {
    const before = role ?? 'chair'
    // Shown at once; put back if main could not keep it.
    roleChanged(next)
    const result = await convene().identity.setRole(next)
    if (!result.ok) {
      roleChanged(before)
      return setProblem(result.error.message)
    }
    setProblem(null)
  }
  return (
    <FormControl>
      <FormLabel id="laptop-role-label">Who uses this laptop</FormLabel>
      <RadioGroup
        aria-labelledby="laptop-role-label"
        value={role ?? 'chair'}
        onChange={(event) => void choose(laptopRoles.find((each) => each === event.target.value) ?? 'chair')}
      >
        <FormControlLabel value="chair" control={<Radio />} label="A chair or mediator: meetings of my own" />
        <FormControlLabel
          value="administrator"
          control={<Radio />}
          label="An administrator (business support): the desk, with what chairs hand over to me"
        />
        <FormControlLabel
          value="service-lead"
          control={<Radio />}
          label="A service lead: the outcomes chairs and mediators export, with no names"
        />
      </RadioGroup>
      {problem && <Alert severity="error">{problem}</Alert>}
    </FormControl>
  )
}

/** This laptop's card, for an administrator: made (with its key) when first asked for. */
function MyCard() {
  const [name, setName] = useState('')
  const [card, setCard] = useState<{ readonly text: string; readonly fingerprint: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const files = useFileSaver()
  const make = async () => {
    const made = await convene().handover.card(name)
    if (!made.ok) return setProblem(made.error.message)
    setProblem(null)
    setCard(made.value)
  }
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600, mb: 1 }}>
        If you are the administrator
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Make this laptop’s card and give it to each chair; then read them its fingerprint (on the phone, or in
        person) so they know the card is yours. Chairs seal handovers with it, and only this laptop can open
        them.
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          id="card-name"
          label="Your name, as chairs will see it"
          size="small"
          value={name}
          onChange={(event) => setName(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <Button variant="outlined" onClick={() => void make()} id="make-card">
          {card ? 'Show my card again' : 'Make my card'}
        </Button>
      </Box>
      {card && (
        <Alert severity="info" sx={{ mt: 2 }} role="status">
          Your fingerprint, to read aloud:{' '}
          <Box component="strong" id="my-fingerprint" sx={{ fontFamily: 'monospace', fontSize: '1.2rem' }}>
            {card.fingerprint}
          </Box>
          <Box sx={{ mt: 1 }}>
            <Button
              variant="contained"
              size="small"
              onClick={() =>
                void files.save([
                  {
                    fileName: 'administrator-card.convene-admin',
                    base64: toBase64(new TextEncoder().encode(card.text)),
                  },
                ])
              }
            >
              Save my card
            </Button>
          </Box>
        </Alert>
      )}
      {files.notice}
      {problem && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {problem}
        </Alert>
      )}
    </Box>
  )
}

/** Adds an administrator: their card, and the fingerprint they read aloud. */
function AddAdministrator({
  onAdded,
}: {
  readonly onAdded: (administrators: ReadonlyArray<TrustedAdministrator>) => void
}) {
  const [open, setOpen] = useState(false)
  const [cardText, setCardText] = useState<string | null>(null)
  const [cardName, setCardName] = useState('')
  const [heard, setHeard] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const picker = useFilePicker({
    accept: '.convene-admin,application/json',
    label: 'The administrator’s card',
    testId: 'administrator-card-input',
    onFile: (file) => {
      if (file.size > 10_000) return setProblem('This file is too large to be an administrator’s card.')
      setCardName(file.name)
      void readTextFile(file).then((read) => (read.ok ? setCardText(read.text) : setProblem(read.problem)))
    },
  })
  const add = async () => {
    if (!cardText) return setProblem('Choose the card the administrator gave you.')
    if (heard.trim() === '') return setProblem('Type the fingerprint the administrator reads to you.')
    const added = await convene().handover.addAdministrator(cardText, heard)
    if (!added.ok) return setProblem(added.error.message)
    onAdded(added.value)
    setOpen(false)
  }
  return (
    <>
      <Button
        variant="outlined"
        onClick={() => (setProblem(null), setCardText(null), setHeard(''), setOpen(true))}
        id="add-administrator"
      >
        Add an administrator…
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="add-administrator-title">
        <DialogTitle id="add-administrator-title">Add an administrator</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>
            Choose the card they gave you, then ask them to read you their fingerprint and type it: a card
            swapped on its way would not match.
          </DialogContentText>
          <Box>
            <Button variant="outlined" onClick={picker.choose}>
              Choose their card…
            </Button>
            {cardName && (
              <Typography component="span" sx={{ ml: 2 }}>
                {cardName}
              </Typography>
            )}
            {picker.input}
          </Box>
          <TextField
            id="heard-fingerprint"
            label="The fingerprint they read to you"
            placeholder="7KQ2-M9XD-4TRA-P6WE"
            value={heard}
            onChange={(event) => setHeard(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 40, spellCheck: false, autoCapitalize: 'characters' } }}
          />
          {problem && <Alert severity="error">{problem}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button variant="contained" onClick={() => void add()}>
            Add them
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
