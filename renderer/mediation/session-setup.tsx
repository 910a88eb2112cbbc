import { useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { ageInYears } from '../../shared/dates/british-date.ts'
import {
  blankChildConsultation,
  sessionFormatLabels,
  sessionFormats,
} from '../../shared/kinds/mediation/session.ts'
import { agreementParties } from '../../shared/kinds/mediation/session-setup.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { ChoiceGroup } from './choice-group.tsx'
import { useListToggle } from '../common/use-list-toggle.ts'
import { SavedCheckbox } from './saved-checkbox.tsx'
import { useSession } from './use-session.ts'
import { convene } from '../api/convene.ts'

/** What the case asks every session to keep to (the MIAMs' safeguards, who may not share a room). */
function useCaseCautions(caseId: string | null): ReadonlyArray<string> {
  const [cautions, setCautions] = useState<ReadonlyArray<string>>([])
  useEffect(() => {
    if (caseId === null) return
    let live = true
    void convene()
      .cases.get(caseId)
      .then((result) => {
        if (live && result.ok) setCautions(result.value.cautions)
      })
    return () => {
      live = false
    }
  }, [caseId])
  return cautions
}

/**
 * How the session is held: joint, shuttle (notes per room) or remote, as the safeguards require. What the
 * MIAMs and the case ask for is shown here, and said again when a joint session is chosen against it.
 */
export function SessionFormat() {
  const { meeting, session, send } = useSession()
  const cautions = useCaseCautions(meeting.caseId)
  return (
    <Paper component="section" aria-labelledby="format-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="format-heading" sx={{ mb: 1 }}>
        How the session is held
      </Typography>
      {cautions.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <Typography sx={{ fontWeight: 600 }}>From the MIAMs and the case</Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </Box>
        </Box>
      )}
      <Box component="fieldset" disabled={session.closed !== null} sx={{ border: 0, p: 0, m: 0 }}>
        <ChoiceGroup
          id="session-format"
          label="The parents meet"
          value={session.format ?? null}
          options={sessionFormats.map((format) => [format, sessionFormatLabels[format]] as const)}
          onChange={(format) => void send({ type: 'set-session-format', format })}
        />
      </Box>
      {session.format === 'joint' && cautions.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          A joint session puts both parents in one room. Check it keeps to what the MIAMs and the case ask for
          above; if not, choose shuttle or remote.
        </Alert>
      )}
      {session.format === 'shuttle' && (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          In the meeting, each note says whose room it was said in (‘Only … and you’): nothing reaches the
          other parent until you choose Everyone.
        </Typography>
      )}
    </Paper>
  )
}

/**
 * A child-inclusive consultation: usually a child of 10 or over, seen with both parents’ and the child’s
 * consent. What the child says stays with the mediator; what they ask to be passed on reaches both parents
 * only if they wish it and everyone consented.
 */
export function ChildConsultation() {
  const { meeting, session, send } = useSession()
  const consultation = session.childConsultation ?? blankChildConsultation()
  const save = (patch: Partial<typeof consultation>) =>
    void send({ type: 'update-child-consultation', patch }, `child-${Object.keys(patch).join('-')}`)
  const parents = agreementParties(meeting)
  const [consented, toggleConsent] = useListToggle(
    consultation.parentsConsented,
    (next) => save({ parentsConsented: [...next] }),
    parents.map((parent) => parent.id),
  )
  const child = meeting.children.find((each) => each.id === consultation.childId)
  const age = child?.dateOfBirth ? ageInYears(child.dateOfBirth, meeting.date) : null
  if (meeting.children.length === 0) return null
  return (
    <Paper component="section" aria-labelledby="child-consultation-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="child-consultation-heading" sx={{ mb: 1 }}>
        Hearing from a child
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Only with both parents’ and the child’s consent. What the child says stays with you; the parents hear
        only what the child asks you to pass on.
      </Typography>
      <Box
        component="fieldset"
        disabled={session.closed !== null}
        sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2 }}
      >
        <ChoiceGroup
          id="consultation-child"
          label="Which child"
          value={consultation.childId}
          options={meeting.children.map((each) => [each.id, each.knownAs || each.name] as const)}
          onChange={(childId) => save({ childId })}
        />
        {age !== null && age < 10 && (
          <Typography role="status" color="warning.dark">
            {child?.knownAs || child?.name} is {age}: a consultation is usually with a child of 10 or over.
          </Typography>
        )}
        <Box>
          {parents.map((parent) => (
            <SavedCheckbox
              key={parent.id}
              id={`consultation-consent-${parent.id}`}
              label={`${parent.name} consents to the child being seen`}
              checked={consented.includes(parent.id)}
              onChange={(checked) => toggleConsent(parent.id, checked)}
            />
          ))}
          <SavedCheckbox
            id="consultation-child-consent"
            label="The child agreed to talk to you"
            checked={consultation.childConsented}
            onChange={(childConsented) => save({ childConsented })}
          />
        </Box>
        <BritishDateField
          id="consultation-seen-on"
          label="Seen on"
          value={consultation.seenOn}
          onChange={(seenOn) => save({ seenOn })}
        />
        <SavedTextField
          id="consultation-child-said"
          label="What the child said (for you alone)"
          multiline
          minRows={3}
          saved={consultation.childSaid}
          onSave={(childSaid) => save({ childSaid })}
        />
        <SavedTextField
          id="consultation-to-share"
          label="What the child asked you to tell their parents"
          multiline
          minRows={2}
          saved={consultation.toShare}
          onSave={(toShare) => save({ toShare })}
        />
        <ChoiceGroup
          id="consultation-share-with"
          label="Whom the child wants it shared with"
          value={consultation.shareWith}
          options={[
            ['both-parents', 'Both parents, in the parenting plan'],
            ['nobody', 'Nobody: it stays with you'],
          ]}
          onChange={(shareWith) => save({ shareWith })}
        />
      </Box>
    </Paper>
  )
}
