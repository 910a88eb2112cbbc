import { useEffect, useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import LockOutlined from '@mui/icons-material/LockOutlined'
import type { VaultStatus } from '../../shared/contract/values.ts'
import { convene } from '../api/convene.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { PlainTextField } from '../common/plain-text-field.tsx'
import type { PassphraseJudgement } from '../../shared/vault/passphrase-strength.ts'

/**
 * The strength estimator and its word lists are large: loaded only on the set-a-passphrase screen, from
 * the app's own files (nothing is fetched from anywhere else).
 */
const judge = async (passphrase: string): Promise<PassphraseJudgement> =>
  (await import('../../shared/vault/passphrase-strength.ts')).judgePassphrase(passphrase)

/** How strong the passphrase being set is, judged as typing pauses. */
function useJudgement(passphrase: string, active: boolean): PassphraseJudgement | null {
  const [judgement, setJudgement] = useState<PassphraseJudgement | null>(null)
  useEffect(() => {
    if (!active || passphrase === '') {
      setJudgement(null)
      return
    }
    let current = true
    const timer = setTimeout(() => {
      void judge(passphrase).then((judged) => current && setJudgement(judged))
    }, 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [passphrase, active])
  return judgement
}

const seconds = (count: number): string => (count === 1 ? '1 second' : `${count} seconds`)

type Props = { readonly status: VaultStatus; readonly onUnlocked: (status: VaultStatus) => void }

/**
 * Where this laptop has no usable keychain, the meetings are locked with a passphrase: set once, typed at
 * each start. A passphrase that would be quick to guess is refused with the reason and a suggestion, as it
 * is typed and again in main. A wrong passphrase is said plainly and the field keeps what was typed; after
 * wrong ones, main waits longer before checking the next, and the screen says so.
 */
export function UnlockScreen({ status, onUnlocked }: Props) {
  const setup = status.state === 'needs-setup'
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const judgement = useJudgement(passphrase, setup)
  const waitSeconds = status.waitSeconds ?? 0

  if (status.state === 'unavailable') {
    return (
      <Centred>
        <PageHeading>Convene cannot open your meetings</PageHeading>
        <Alert severity="error">
          {status.problem ?? 'The key that protects your meetings cannot be reached.'}
        </Alert>
      </Centred>
    )
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (setup) {
      const judged = await judge(passphrase)
      if (!judged.strong) {
        setProblem(`That passphrase would be quick to guess. ${judged.reason} ${judged.suggestion}`)
        return
      }
      if (passphrase !== confirmation) {
        setProblem('The two passphrases are different. Type the same passphrase in both boxes.')
        return
      }
    }
    setBusy(true)
    const result = setup
      ? await convene().vault.create({ passphrase })
      : await convene().vault.unlock({ passphrase })
    setBusy(false)
    if (result.ok) onUnlocked(result.value)
    else setProblem(result.error.message)
  }

  return (
    <Centred>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <LockOutlined color="primary" aria-hidden />
        <Typography variant="overline" color="text.secondary">
          Convene
        </Typography>
      </Stack>
      <PageHeading takeFocus={false}>{setup ? 'Set a passphrase' : 'Unlock Convene'}</PageHeading>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {setup
          ? 'Your meetings are kept encrypted on this laptop. Choose a passphrase to protect them: three or four ordinary words work well. Keep it safe, because nobody can recover your meetings without it.'
          : 'Enter your passphrase to open your meetings.'}
      </Typography>
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
        <Stack spacing={2}>
          {problem && (
            <Alert severity="error" role="alert">
              {problem}
            </Alert>
          )}
          {!setup && !problem && waitSeconds > 0 && (
            <Alert severity="info">
              After wrong passphrases, Convene waits {seconds(waitSeconds)} before checking the next one, to
              slow down anyone guessing.
            </Alert>
          )}
          <PlainTextField
            id="passphrase"
            label="Passphrase"
            type="password"
            autoComplete={setup ? 'new-password' : 'current-password'}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            autoFocus
            required
            helperText={
              !setup
                ? undefined
                : judgement === null
                  ? 'Three or four ordinary words, at least 10 characters.'
                  : judgement.strong
                    ? 'Strong enough.'
                    : `Not strong enough yet. ${judgement.reason}`
            }
            helperLive
          />
          {setup && (
            <PlainTextField
              id="passphrase-confirmation"
              label="Type the passphrase again"
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              required
            />
          )}
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {busy ? (setup ? 'Opening…' : 'Checking…') : setup ? 'Set passphrase and continue' : 'Unlock'}
          </Button>
        </Stack>
      </Box>
    </Centred>
  )
}

function Centred({ children }: { readonly children: React.ReactNode }) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper sx={{ p: { xs: 3, sm: 5 }, maxWidth: 520, width: '100%' }}>{children}</Paper>
    </Box>
  )
}
