import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import { caseIssueLabels, caseIssues, type CaseRecord } from '../../shared/case/case-record.ts'
import { useListToggle } from '../common/use-list-toggle.ts'
import { SavedCheckbox } from '../mediation/saved-checkbox.tsx'
import { CaseTextField } from './case-text-field.tsx'

/** What a case is about: who referred it, the issues, and the agencies involved. */
export function CaseAbout({
  record,
  apply,
}: {
  readonly record: CaseRecord
  readonly apply: (command: CaseCommand) => void
}) {
  const [issues, toggleIssue] = useListToggle(
    record.issues,
    (next) => apply({ type: 'update-case-details', issues: [...next] }),
    caseIssues,
  )
  return (
    <Paper component="section" aria-labelledby="case-about-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="case-about-heading" sx={{ mb: 2 }}>
        About the case
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <CaseTextField
          id="case-referrer"
          label="Referred by"
          helperText="For example self-referral, a solicitor, the court, children’s services"
          saved={record.referrer}
          onSave={(referrer) => apply({ type: 'update-case-details', referrer })}
        />
        <CaseTextField
          id="case-childrens-services"
          label="Children’s services involvement"
          helperText="What you know: none, an assessment, a child in need or child protection plan"
          saved={record.childrensServices}
          onSave={(childrensServices) => apply({ type: 'update-case-details', childrensServices })}
        />
        <CaseTextField
          id="case-social-worker"
          label="Social worker"
          helperText="Their name and team, if there is one"
          saved={record.socialWorker}
          onSave={(socialWorker) => apply({ type: 'update-case-details', socialWorker })}
        />
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2 }}>
        <Typography component="legend" sx={{ fontWeight: 600 }}>
          What the mediation is about
        </Typography>
        {caseIssues.map((issue) => (
          <SavedCheckbox
            key={issue}
            id={`case-issue-${issue}`}
            label={caseIssueLabels[issue]}
            checked={issues.includes(issue)}
            onChange={(checked) => toggleIssue(issue, checked)}
          />
        ))}
      </Box>
    </Paper>
  )
}
