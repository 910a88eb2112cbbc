import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import { blankPartyDetails, type CaseRecord, type PartyDetails } from '../../shared/case/case-record.ts'
import type { CaseParty } from '../../shared/case/case-parties.ts'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import type { Result } from '../../shared/util/result.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { SavedCheckbox } from '../mediation/saved-checkbox.tsx'
import { CaseTextField } from './case-text-field.tsx'

type Apply = (command: CaseCommand) => Promise<Result<unknown>>

const textFields: ReadonlyArray<readonly [keyof PartyDetails, string, string?]> = [
  ['phone', 'Telephone'],
  ['email', 'Email'],
  ['interpreter', 'Interpreter needed', 'The language, or leave empty'],
  ['supporter', 'Supporter', 'Who comes with them, if anyone'],
]

/**
 * One party to a mediation case: what their MIAM found, their consent, how to reach them and what keeps
 * them safe. Everything here is for the mediator alone: never in anything the other parent receives.
 */
export function PartyCard({
  party,
  record,
  apply,
  stopped,
}: {
  readonly party: CaseParty
  readonly record: CaseRecord
  readonly apply: Apply
  readonly stopped: boolean
}) {
  const details = record.parties[party.id] ?? blankPartyDetails()
  const consent = record.consents[party.id]
  const [consentOn, setConsentOn] = useState<string | null>(ukDateOf(new Date()))
  const [problem, setProblem] = useState<string | null>(null)
  // A failed save is kept and said at the top of the case, with Try again.
  const save = (patch: Partial<PartyDetails>) =>
    void apply({ type: 'update-party', partyId: party.id, details: patch })
  const headingId = `party-${party.id}-heading`
  const recordConsent = async () => {
    if (!consentOn) return setProblem('Enter the date they gave consent, like 03/12/2026')
    const result = await apply({ type: 'record-consent', partyId: party.id, on: consentOn })
    setProblem(result.ok ? null : result.error.message)
    // The button has gone: the focus goes to what it recorded.
    if (result.ok) requestAnimationFrame(() => document.getElementById(`consent-${party.id}`)?.focus())
  }
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="h3" id={headingId}>
        <bdi>{party.name}</bdi>
        {party.role && (
          <Typography component="span" color="text.secondary">
            {' '}
            · {party.role}
          </Typography>
        )}
      </Typography>
      <Box component="ul" sx={{ pl: 2.5, my: 1 }}>
        {party.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </Box>
      <Box sx={{ my: 2 }}>
        {consent ? (
          <Typography id={`consent-${party.id}`} tabIndex={-1} sx={{ outline: 'none' }}>
            <strong>Consent to mediation</strong> given on {formatBritishDate(consent.on)}
          </Typography>
        ) : stopped ? (
          <Typography color="text.secondary">No consent recorded.</Typography>
        ) : (
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: { sm: 'flex-start' } }}
          >
            <BritishDateField
              id={`consent-on-${party.id}`}
              label={`Date ${party.name} consented`}
              value={consentOn}
              onChange={setConsentOn}
            />
            <Button
              variant="outlined"
              onClick={() => void recordConsent()}
              sx={{ mt: { sm: 1 }, whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              Record consent
            </Button>
          </Stack>
        )}
      </Box>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      <Typography variant="h4" component="h4" sx={{ mt: 2, mb: 1, fontSize: '1rem', fontWeight: 600 }}>
        Contact and what keeps them safe
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <CaseTextField
          id={`party-${party.id}-address`}
          label="Address"
          multiline
          minRows={2}
          saved={details.address}
          onSave={(address) => save({ address })}
          sx={{ gridColumn: { md: '1 / -1' } }}
        />
        {textFields.map(([field, label, hint]) => (
          <CaseTextField
            key={field}
            id={`party-${party.id}-${field}`}
            label={label}
            helperText={hint}
            saved={String(details[field])}
            onSave={(text) => save({ [field]: text })}
          />
        ))}
      </Box>
      <SavedCheckbox
        id={`party-${party.id}-separate-waiting`}
        label="Separate waiting areas"
        checked={details.separateWaitingAreas}
        onChange={(separateWaitingAreas) => save({ separateWaitingAreas })}
      />
      <SavedCheckbox
        id={`party-${party.id}-not-same-room`}
        label="Not to be in the same room as the other party"
        checked={details.notInTheSameRoom}
        onChange={(notInTheSameRoom) => save({ notInTheSameRoom })}
      />
    </Paper>
  )
}
