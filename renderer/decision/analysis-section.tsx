import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { SavedTextField } from '../common/saved-text-field.tsx'
import { useConferenceContext } from '../meeting/meeting-context.tsx'

/** The chair's analysis of the risks, and the parents' view on what should happen: one for the whole family. */
export function AnalysisSection() {
  const { meeting, send } = useConferenceContext()
  return (
    <Paper component="section" aria-labelledby="analysis-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="analysis-heading" sx={{ mb: 2 }}>
        Analysis and the parents&apos; view
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <SavedTextField
          id="decision-analysis"
          label="The chair's analysis"
          multiline
          minRows={3}
          saved={meeting.record.analysis}
          helperText="The risks against the threshold of significant harm, in your words"
          onSave={(analysis) => void send({ type: 'update-analysis', patch: { analysis } }, 'analysis')}
        />
        <SavedTextField
          id="parents-view"
          label="The parents' view on the decision"
          multiline
          minRows={3}
          saved={meeting.record.parentsView}
          helperText="In their words, and say whose view it is"
          onSave={(parentsView) =>
            void send({ type: 'update-analysis', patch: { parentsView } }, 'parentsView')
          }
        />
      </Box>
    </Paper>
  )
}
