import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { formatBritishDate, formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { agreementTerms } from '../../shared/kinds/mediation/documents/agreement-to-mediate-content.ts'
import { agreementParties, stillToSign } from '../../shared/kinds/mediation/session-setup.ts'
import { agreementOf } from '../../shared/kinds/mediation/session.ts'
import { SignaturePad } from '../signing/signature-pad.tsx'
import { useSession } from './use-session.ts'

/**
 * The agreement to mediate, signed at the first session: the terms read with the parents, each parent's
 * signature on this laptop (drawn or typed), then the mediator's. A later session says when it was signed.
 */
export function AgreementToMediate() {
  const { meeting, session, send, names } = useSession()
  const agreement = agreementOf(session)
  const [signing, setSigning] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const locked = session.closed !== null
  const parents = agreementParties(meeting).map((person) => ({
    ...person,
    name: names.get(person.id) ?? person.name,
  }))
  const missing = stillToSign(meeting)
  const signedIds = new Set(agreement.signatures.map((signature) => signature.partyId))
  const result = (outcome: { readonly ok: boolean; readonly error?: { readonly message: string } }) =>
    setProblem(outcome.ok ? null : (outcome.error?.message ?? null))
  return (
    <Paper component="section" id="agreement-to-mediate" aria-labelledby="atm-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="atm-heading" sx={{ mb: 1 }}>
        The agreement to mediate
      </Typography>
      {agreement.signedEarlier ? (
        <Typography>
          Signed by both parents and you at the session on {formatBritishDate(agreement.signedEarlier)}.
        </Typography>
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            Read it with the parents at the start of the first session. Each parent signs, then you do. Each
            gets a signed copy with the session’s documents.
          </Typography>
          <Box component="ol" sx={{ pl: 3, '& li': { mb: 0.5 } }}>
            {agreementTerms.map((term) => (
              <li key={term}>{term}</li>
            ))}
          </Box>
          <Box sx={{ display: 'grid', gap: 2, my: 2 }}>
            {parents.map((parent) => {
              const signed = agreement.signatures.find((signature) => signature.partyId === parent.id)
              return (
                <Box key={parent.id}>
                  {signed ? (
                    <Typography id={`atm-signed-${parent.id}`}>
                      <strong>
                        <bdi>{parent.name}</bdi>
                      </strong>{' '}
                      signed at {formatBritishDateTime(new Date(signed.at))}
                      {signed.mark.kind === 'typed' ? ` (typed: ${signed.mark.text})` : ' (drawn)'}
                    </Typography>
                  ) : signing === parent.id ? (
                    <Box>
                      <Typography sx={{ fontWeight: 600 }}>
                        <bdi>{parent.name}</bdi> signs
                      </Typography>
                      <SignaturePad
                        idPrefix={`atm-${parent.id}-`}
                        words={{
                          typedLabel: `${parent.name}: your name as you sign it`,
                          typedHint: 'Signed here, in front of the mediator',
                          drawnHint: 'Signed here, in front of the mediator',
                          save: 'Sign the agreement',
                        }}
                        onSave={(mark) =>
                          void send({ type: 'sign-agreement-to-mediate', partyId: parent.id, mark }).then(
                            (outcome) => {
                              result(outcome)
                              if (!outcome.ok) return
                              setSigning(null)
                              // On to whoever signs next: the next parent, else the mediator.
                              const next = parents.find(
                                (other) => other.id !== parent.id && !signedIds.has(other.id),
                              )
                              requestAnimationFrame(() =>
                                document
                                  .getElementById(next ? `atm-sign-${next.id}` : 'atm-countersign')
                                  ?.focus(),
                              )
                            },
                          )
                        }
                      />
                      <Button onClick={() => setSigning(null)}>Cancel</Button>
                    </Box>
                  ) : (
                    <Button
                      id={`atm-sign-${parent.id}`}
                      variant="outlined"
                      disabled={locked}
                      onClick={() => setSigning(parent.id)}
                    >
                      {parent.name} signs…
                    </Button>
                  )}
                </Box>
              )
            })}
          </Box>
          {agreement.mediatorSignedAt ? (
            <Typography id="atm-mediator-signed">
              <strong>You signed</strong> at {formatBritishDateTime(new Date(agreement.mediatorSignedAt))}.
              The agreement to mediate is in place.
            </Typography>
          ) : (
            <>
              {parents.length < 2 && (
                <Typography role="status">
                  Add both parents to the session (Before the meeting) to sign.
                </Typography>
              )}
              <Button
                variant="contained"
                id="atm-countersign"
                disabled={locked || parents.length < 2 || missing.length > 0}
                onClick={() => void send({ type: 'countersign-agreement-to-mediate' }).then(result)}
              >
                Sign as the mediator
              </Button>
              {missing.length > 0 && parents.length >= 2 && (
                <Typography role="status" color="text.secondary" sx={{ mt: 1 }}>
                  Still to sign: {missing.join(', ')}
                </Typography>
              )}
            </>
          )}
        </>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {problem}
        </Alert>
      )}
    </Paper>
  )
}
