import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react'
import type { VaultStatus } from '../../shared/contract/values.ts'
import { convene } from '../api/convene.ts'
import { takeEarlyKeys } from '../app/early-keys.ts'
import { markInteractive } from '../app/ready-mark.ts'
import { formatWait } from '../../shared/text/format-wait.ts'
import { maxPassphraseLength } from '../../shared/vault/passphrase-limits.ts'
import { Icon, Message, PlainButton } from '../plain/plain.tsx'
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

type Props = { readonly status: VaultStatus; readonly onUnlocked: (status: VaultStatus) => void }

/**
 * Where this laptop has no usable keychain, the meetings are locked with a passphrase: set once, typed at
 * each start. A passphrase that would be quick to guess is refused with the reason and a suggestion, as it
 * is typed and again in main. A wrong passphrase is said plainly and the field keeps what was typed; after
 * wrong ones, main waits longer before checking the next, and the screen says so.
 *
 * It is the first screen of every start, so it is drawn with plain elements and the style sheet the page
 * links (renderer/app/first-screen.css, on the theme's CSS variables), not MUI: it shows as soon as React
 * has run, while MUI and the rest of the app are still loading (see renderer/main.tsx).
 */
export function UnlockScreen({ status, onUnlocked }: Props) {
  const setup = status.state === 'needs-setup'
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  // Checking the passphrase, then opening the meetings (the app may still be loading when it is right).
  const [stage, setStage] = useState<'idle' | 'checking' | 'opening'>('idle')
  const judgement = useJudgement(passphrase, setup)
  const waitSeconds = status.waitSeconds ?? 0
  const field = useRef<HTMLInputElement>(null)

  const send = async (typed: string): Promise<void> => {
    setProblem(null)
    if (typed === '') {
      setProblem('Type your passphrase.')
      field.current?.focus()
      return
    }
    if (typed.length > maxPassphraseLength) {
      setProblem(
        `That passphrase is longer than Convene takes (${maxPassphraseLength.toLocaleString('en-GB')} characters at most). Check what was typed or pasted.`,
      )
      field.current?.focus()
      return
    }
    if (setup) {
      const judged = await judge(typed)
      if (!judged.strong) {
        setProblem(`That passphrase would be quick to guess. ${judged.reason} ${judged.suggestion}`)
        return
      }
      if (typed !== confirmation) {
        setProblem('The two passphrases are different. Type the same passphrase in both boxes.')
        return
      }
    }
    setStage('checking')
    const result = setup
      ? await convene().vault.create({ passphrase: typed })
      : await convene().vault.unlock({ passphrase: typed })
    if (result.ok) {
      setStage('opening')
      onUnlocked(result.value)
    } else {
      setStage('idle')
      setProblem(result.error.message)
      // The button was busy (and so lost the focus): the field has it again, to type the next try.
      field.current?.focus()
    }
  }
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    void send(passphrase)
  }

  // What was typed as the window opened, before this field could take it, is the field's (and an Enter
  // typed then unlocks, as it would have). Taken as the screen is committed, in the same task as the field
  // takes the focus, so no key typed after can come between (a passive effect ran after a key or two).
  const latestSend = useRef(send)
  useLayoutEffect(() => {
    latestSend.current = send
  })
  useLayoutEffect(() => {
    const early = takeEarlyKeys()
    if (early.text !== '') {
      setPassphrase(early.text)
      if (early.enter && !setup) void latestSend.current(early.text)
    }
  }, [setup])
  // Drawn and taking input (for the benchmark's cold start, as the meetings list marks it).
  useEffect(() => markInteractive(), [])

  if (status.state === 'unavailable') {
    return (
      <Centred>
        <h1 className="page-heading">Convene cannot open your meetings</h1>
        <Message severity="error">
          {status.problem ?? 'The key that protects your meetings cannot be reached.'}
        </Message>
      </Centred>
    )
  }

  return (
    <Centred>
      <p className="first-brand">
        <Icon name="lock" className="first-brand-icon" />
        Convene
      </p>
      <h1 className="page-heading">{setup ? 'Set a passphrase' : 'Unlock Convene'}</h1>
      <p className="first-intro">
        {setup
          ? 'Your meetings are kept encrypted on this laptop. Choose a passphrase to protect them: three or four ordinary words work well. Keep it safe, because nobody can recover your meetings without it.'
          : 'Enter your passphrase to open your meetings.'}
      </p>
      <form className="first-form" onSubmit={submit} noValidate>
        {problem && <Message severity="error">{problem}</Message>}
        {!setup && !problem && waitSeconds > 0 && (
          <Message severity="info">
            After wrong passphrases, Convene waits {formatWait(waitSeconds)} before checking the next one, to
            slow down anyone guessing.
          </Message>
        )}
        <PassphraseField
          id="passphrase"
          label="Passphrase"
          autoComplete={setup ? 'new-password' : 'current-password'}
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value)
            setProblem(null)
          }}
          inputRef={field}
          autoFocus
          helper={
            !setup
              ? null
              : judgement === null
                ? 'Three or four ordinary words, at least 10 characters.'
                : judgement.strong
                  ? 'Strong enough.'
                  : `Not strong enough yet. ${judgement.reason}`
          }
        />
        {setup && (
          <PassphraseField
            id="passphrase-confirmation"
            label="Type the passphrase again"
            autoComplete="new-password"
            value={confirmation}
            onChange={(value) => {
              setConfirmation(value)
              setProblem(null)
            }}
            helper={null}
          />
        )}
        <PlainButton type="submit" variant="contained" size="large" disabled={stage !== 'idle'}>
          {stage === 'opening' || (stage === 'checking' && setup)
            ? 'Opening…'
            : stage === 'checking'
              ? 'Checking…'
              : setup
                ? 'Set passphrase and continue'
                : 'Unlock'}
        </PlainButton>
      </form>
    </Centred>
  )
}

/** A required password field with its label above and, when given, a helper read out as it changes. */
function PassphraseField({
  id,
  label,
  autoComplete,
  value,
  onChange,
  autoFocus = false,
  inputRef,
  helper,
}: {
  readonly id: string
  readonly label: string
  readonly autoComplete: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly autoFocus?: boolean
  readonly inputRef?: RefObject<HTMLInputElement | null>
  readonly helper: string | null
}) {
  const helperId = `${id}-helper-text`
  return (
    <div className="plain-field first-field">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <input
        ref={inputRef}
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoFocus={autoFocus}
        required
        aria-describedby={helper === null ? undefined : helperId}
      />
      {helper !== null && (
        <p id={helperId} className="first-helper" aria-live="polite">
          {helper}
        </p>
      )}
    </div>
  )
}

function Centred({ children }: { readonly children: ReactNode }) {
  return (
    <main className="first-centred">
      <div className="first-card">{children}</div>
    </main>
  )
}
