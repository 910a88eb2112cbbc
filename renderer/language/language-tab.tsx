import { memo } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import {
  describeBalance,
  type LanguageCheckProgress,
  type MeetingLanguageReport,
} from '../../shared/language/meeting-language.ts'
import { readingEaseBand, type Readability } from '../../shared/language/readability.ts'
import { languageCategories, languageCategoryTitles } from '../../shared/language/rule-files.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { KeptWordings } from './kept-wordings.tsx'
import { LanguageFindings } from './language-findings.tsx'
import { useLanguageTools } from './language-tools.tsx'
import { useLanguageCheck } from './use-language-check.ts'

/** A section's readability as the tables show it: the score and what it means, or a dash. */
function ease(readability: Readability | null, target: number): string {
  if (!readability) return '—'
  const score = Math.round(readability.score)
  return `${score}: ${readingEaseBand(score)}${score < target ? ' (below the target)' : ''}`
}

/**
 * The language check for the whole meeting: what the assistant would still change, by kind and by
 * section; how readable each section is against the council's target; and the balance of strengths to
 * worries. Each suggestion can be dealt with here too. A long meeting is checked in slices, the page free
 * in between, with its progress shown.
 */
export function LanguageTab() {
  const { meeting } = useMeetingContext()
  const tools = useLanguageTools()
  const { report, checking } = useLanguageCheck(meeting, tools.settings)
  return (
    <Stack spacing={3} data-language-check={checking ? 'checking' : 'done'}>
      {!tools.on && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => void tools.setOn(true)}>
              Turn them on
            </Button>
          }
        >
          Wording suggestions while you type are off. This check still looks at every note.
        </Alert>
      )}
      {checking && <CheckingProgress checking={checking} updating={report !== null} />}
      {report && <LanguageReport report={report} />}
    </Stack>
  )
}

/** How far the check has got: a bar, and a sentence said once (not at every step) to a screen reader. */
function CheckingProgress({
  checking,
  updating,
}: {
  readonly checking: LanguageCheckProgress
  readonly updating: boolean
}) {
  const notes = `${checking.of.toLocaleString('en-GB')} ${checking.of === 1 ? 'note' : 'notes'}`
  return (
    <Box>
      <Typography role="status" color="text.secondary" sx={{ mb: 1 }}>
        {updating
          ? `Checking the ${notes} again after the latest change…`
          : `Checking the wording of ${notes}…`}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={checking.of === 0 ? 0 : (100 * checking.checked) / checking.of}
        aria-label="Notes checked so far"
      />
    </Box>
  )
}

/** The report's figures and suggestions; redrawn when the report changes, not as the check progresses. */
const LanguageReport = memo(function LanguageReport({ report }: { readonly report: MeetingLanguageReport }) {
  const open = report.findings.length
  const balance = report.balance
  const strengthShare = balance
    ? balance.strengths.words / Math.max(1, balance.strengths.words + balance.worries.words)
    : 0

  return (
    <>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        <Paper component="section" aria-labelledby="language-open" sx={{ p: 2 }}>
          <Typography variant="h3" component="h2" id="language-open">
            Wording suggestions
          </Typography>
          <Typography sx={{ fontSize: '2rem', fontWeight: 600 }}>{open}</Typography>
          <Typography color="text.secondary">
            {open === 0
              ? 'Nothing left to look at.'
              : 'Still open. The count is shown again before the record is signed.'}
          </Typography>
        </Paper>
        <Paper component="section" aria-labelledby="language-readability" sx={{ p: 2 }}>
          <Typography variant="h3" component="h2" id="language-readability">
            How easy to read
          </Typography>
          <Typography sx={{ fontSize: '2rem', fontWeight: 600 }}>
            {report.overall ? Math.round(report.overall.score) : '—'}
          </Typography>
          <Typography color="text.secondary">
            {report.overall
              ? `${readingEaseBand(report.overall.score)}. The aim is ${report.target} or more (Flesch reading ease: higher is easier).`
              : 'No notes yet.'}
          </Typography>
        </Paper>
        <Paper component="section" aria-labelledby="language-balance" sx={{ p: 2 }}>
          <Typography variant="h3" component="h2" id="language-balance">
            Strengths and worries
          </Typography>
          {balance ? (
            <>
              <Box
                aria-hidden="true"
                sx={{ display: 'flex', height: 12, borderRadius: 6, overflow: 'hidden', my: 1.5 }}
              >
                <Box sx={{ flexGrow: strengthShare, bgcolor: 'success.main' }} />
                <Box sx={{ flexGrow: 1 - strengthShare, bgcolor: 'warning.main' }} />
              </Box>
              <Typography>
                Strengths: {balance.strengths.notes} notes, {balance.strengths.words} words. Worries:{' '}
                {balance.worries.notes} notes, {balance.worries.words} words.
              </Typography>
              <Typography color="text.secondary">{describeBalance(balance)}</Typography>
            </>
          ) : (
            <Typography color="text.secondary">
              This agenda has no separate sections for strengths and worries.
            </Typography>
          )}
        </Paper>
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' } }}>
        <Paper component="section" aria-labelledby="language-by-category" sx={{ p: 2 }}>
          <Typography variant="h3" component="h2" id="language-by-category" sx={{ mb: 1 }}>
            By kind
          </Typography>
          <Table size="small" aria-labelledby="language-by-category">
            <TableBody>
              {languageCategories.map((category) => (
                <TableRow key={category}>
                  <TableCell component="th" scope="row">
                    {languageCategoryTitles[category]}
                  </TableCell>
                  <TableCell align="right">{report.byCategory[category]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
        <Paper component="section" aria-labelledby="language-by-section" sx={{ p: 2, overflowX: 'auto' }}>
          <Typography variant="h3" component="h2" id="language-by-section" sx={{ mb: 1 }}>
            By section
          </Typography>
          {/* So the counts are not taken for the agenda's, which count every note. */}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Notes in someone’s own words are theirs: they are not checked, nor counted here.
          </Typography>
          <Table size="small" aria-labelledby="language-by-section">
            <TableHead>
              <TableRow>
                <TableCell>Section</TableCell>
                <TableCell align="right">Notes checked</TableCell>
                <TableCell align="right">Suggestions</TableCell>
                <TableCell>Reading ease</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.sections.map((section) => (
                <TableRow key={section.key}>
                  <TableCell component="th" scope="row">
                    {section.heading}
                  </TableCell>
                  <TableCell align="right">{section.notes}</TableCell>
                  <TableCell align="right">{section.findings}</TableCell>
                  <TableCell
                    sx={{
                      color:
                        section.readability && section.readability.score < report.target
                          ? 'warning.main'
                          : undefined,
                    }}
                  >
                    {ease(section.readability, report.target)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      </Box>
      <LanguageFindings report={report} />
      <KeptWordings />
    </>
  )
})
