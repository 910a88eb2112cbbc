import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { suggestTriage, triageLabels, type ScreeningAnswer } from '../../shared/kinds/mediation/screening.ts'
import { useMiam } from './use-miam.ts'
import { ChoiceGroup } from './choice-group.tsx'
import { SavedCheckbox } from './saved-checkbox.tsx'

const answers: ReadonlyArray<readonly [ScreeningAnswer, string]> = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['not-sure', 'Not sure'],
]

const suggestions = {
  suitable: 'Mediation looks suitable.',
  'suitable-with-safeguards': 'Mediation may be suitable, with safeguards.',
  'not-suitable': 'Mediation does not look suitable: consider referring to other services.',
} as const

/**
 * The private screening: each question of the MIAM's set answered in private time with the parent, the
 * other agencies involved, and the triage the answers suggest. For the mediator alone: no projection for
 * anyone else carries any of it.
 */
export function ScreeningQuestions() {
  const { miam, send } = useMiam()
  const facts = miam.facts
  const triage = suggestTriage(miam.questionSet, miam.answers, facts)
  return (
    <Paper component="section" aria-labelledby="miam-screening-heading" sx={{ p: 3 }} id="miam-screening">
      <Typography variant="h2" id="miam-screening-heading" sx={{ mb: 1 }}>
        Private screening
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        For you alone. Ask these in private time with this parent. The answers are never in anything either
        parent or the administrator sees, and never in the MIAM outcome.
      </Alert>
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        {miam.questionSet.questions.map((question) => (
          <ChoiceGroup
            key={question.id}
            id={`screening-${question.id}`}
            label={question.text}
            value={miam.answers[question.id] ?? null}
            options={answers}
            onChange={(answer) =>
              void send(
                { type: 'answer-screening', questionId: question.id, answer },
                `screening-${question.id}`,
              )
            }
          />
        ))}
      </Box>
      <Typography variant="h3" sx={{ mt: 3, mb: 1 }}>
        Other agencies
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <ChoiceGroup
          id="miam-childrens-services"
          label="Are children’s services involved with the family?"
          value={facts.childrenServices}
          options={[
            ['yes', 'Yes'],
            ['no', 'No'],
            ['not-known', 'Not known'],
          ]}
          onChange={(childrenServices) =>
            void send({ type: 'update-miam-facts', patch: { childrenServices } })
          }
        />
        <ChoiceGroup
          id="miam-social-worker"
          label="May you contact the social worker?"
          value={facts.socialWorkerContact}
          options={[
            ['allowed', 'Yes'],
            ['refused', 'No'],
            ['not-asked', 'Not asked'],
          ]}
          onChange={(socialWorkerContact) =>
            void send({ type: 'update-miam-facts', patch: { socialWorkerContact } })
          }
        />
        <Box role="group" aria-label="Child protection">
          {(
            [
              ['enquiryUnderWay', 'A child protection enquiry is under way'],
              ['protectionPlan', 'A child is on a child protection plan'],
              [
                'childProtectionMediation',
                'This is a child protection mediation (with the court and local authority)',
              ],
            ] as const
          ).map(([field, label]) => (
            <SavedCheckbox
              key={field}
              label={label}
              checked={facts[field]}
              onChange={(checked) => void send({ type: 'update-miam-facts', patch: { [field]: checked } })}
            />
          ))}
        </Box>
      </Box>
      <Box role="status" aria-live="polite" sx={{ mt: 3 }}>
        <Alert severity={triage.suggestion === 'not-suitable' ? 'warning' : 'info'}>
          <Typography component="p" sx={{ fontWeight: 600 }}>
            Suggested: {triageLabels[triage.level]}. {suggestions[triage.suggestion]}
          </Typography>
          {triage.unanswered > 0 && (
            <Typography component="p">
              {triage.unanswered === 1 ? 'One question is' : `${triage.unanswered} questions are`} not
              answered yet: this may change.
            </Typography>
          )}
          {triage.because.length > 0 && (
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {triage.because.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </Box>
          )}
          <Typography component="p" sx={{ mt: 0.5 }}>
            This is a suggestion. You decide, with your reason.
          </Typography>
        </Alert>
      </Box>
    </Paper>
  )
}
