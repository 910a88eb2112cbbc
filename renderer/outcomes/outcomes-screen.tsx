import { useCallback, useEffect, useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined'
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined'
import { formatMonth, ukDateOf } from '../../shared/dates/british-date.ts'
import {
  conferenceFigures,
  mediationFigures,
  monthsBetween,
  type DashboardQuery,
} from '../../shared/outcomes/dashboard.ts'
import type { OutcomeRow } from '../../shared/outcomes/outcome-rows.ts'
import type { ImportedFileSummary } from '../../shared/outcomes/outcomes-file.ts'
import { convene } from '../api/convene.ts'
import { useFilePicker } from '../common/file-picker.tsx'
import { useFileSaver } from '../common/save-files.tsx'
import { useLaptopRole } from '../common/use-laptop-role.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { ConferenceDashboard } from './conference-dashboard.tsx'
import { MediationDashboard } from './mediation-dashboard.tsx'
import { ImportedFiles } from './imported-files.tsx'
import { readTextFile } from '../../shared/text/decode-text.ts'

/** The largest outcomes file read: far more rows than any service holds. */
const mostFileBytes = 50_000_000

const monthOf = (row: OutcomeRow) => (row.type === 'mediation-case' ? row.referredMonth : row.month)

type Loaded = {
  readonly rows: ReadonlyArray<OutcomeRow>
  readonly files: ReadonlyArray<ImportedFileSummary>
  /** Cases whose own record could not be read, left out (on a chair's or mediator's laptop). */
  readonly leftOut?: number
}

/**
 * Outcomes (issue 18): on a chair's or mediator's laptop, their own cases and conferences as the steering
 * group would see them, and the file to export for the service lead; on the service lead's, every file
 * imported, together. Numbers only, no names; a number from 1 to 4 is never shown.
 */
export function OutcomesScreen() {
  const lead = useLaptopRole() === 'service-lead'
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [said, setSaid] = useState<{
    readonly severity: 'success' | 'info' | 'error'
    readonly text: string
  } | null>(null)
  const files = useFileSaver()
  const load = useCallback(async () => {
    const result = lead
      ? await convene().outcomes.imported()
      : await convene()
          .outcomes.rows()
          .then((here) => (here.ok ? { ...here, value: { ...here.value, files: [] } } : here))
    if (!result.ok) return setProblem(result.error.message)
    setProblem(null)
    setLoaded(result.value)
  }, [lead])
  useEffect(() => {
    void load()
  }, [load])

  const importFile = async (file: File) => {
    if (file.size > mostFileBytes)
      return setSaid({
        severity: 'error',
        text: 'This file is far too large to be an outcomes file. Nothing was imported.',
      })
    const text = await readTextFile(file)
    if (!text.ok) return setSaid({ severity: 'error', text: text.problem })
    const result = await convene().outcomes.import(text.text)
    if (!result.ok) return setSaid({ severity: 'error', text: result.error.message })
    setSaid({ severity: result.value.added === 0 ? 'info' : 'success', text: result.value.said })
    await load()
  }
  const picker = useFilePicker({
    accept: '.json,application/json',
    label: 'Outcomes file to import',
    testId: 'outcomes-file-input',
    onFile: (file) => void importFile(file),
  })
  const save = async (make: () => ReturnType<ReturnType<typeof convene>['outcomes']['csv']>) => {
    const made = await make()
    if (!made.ok) return setSaid({ severity: 'error', text: made.error.message })
    setSaid(null)
    const saved = await files.save([made.value])
    if (!saved.ok) setSaid({ severity: 'error', text: saved.error.message })
  }

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Box>
        <PageHeading>Outcomes</PageHeading>
        <Typography color="text.secondary" sx={{ maxWidth: '75ch' }}>
          {lead
            ? 'The outcomes files chairs and mediators have exported, together: numbers only, no names. Counts are rounded to the nearest 5 and shares to the nearest 5%, and a number from 1 to 4 is shown as ‘fewer than 5’, so that no family can be picked out.'
            : 'Your cases and conferences as the steering group sees them: numbers only, no names, months rather than dates, counts to the nearest 5 and none from 1 to 4. Export them as a file for your service lead.'}
        </Typography>
      </Box>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
        {lead ? (
          <Button variant="contained" startIcon={<FileUploadOutlined />} onClick={picker.choose}>
            Import an outcomes file…
          </Button>
        ) : (
          <Button
            variant="contained"
            startIcon={<FileDownloadOutlined />}
            onClick={() => void save(() => convene().outcomes.exportFile())}
          >
            Export for the service lead…
          </Button>
        )}
        <Button
          variant="outlined"
          startIcon={<FileDownloadOutlined />}
          onClick={() => void save(() => convene().outcomes.csv(lead ? 'imported' : 'here'))}
        >
          Save as CSV for the steering group…
        </Button>
        {picker.input}
      </Stack>
      {files.notice}
      {said && (
        <Alert
          severity={said.severity}
          role={said.severity === 'error' ? 'alert' : 'status'}
          onClose={() => setSaid(null)}
        >
          {said.text}
        </Alert>
      )}
      {problem && <Alert severity="error">{problem}</Alert>}
      {(loaded?.leftOut ?? 0) > 0 && (
        <Alert severity="warning">
          {loaded?.leftOut === 1
            ? '1 case’s own record could not be read, so it is left out of these figures and of the file.'
            : `${loaded?.leftOut} cases’ own records could not be read, so they are left out of these figures and of the file.`}{' '}
          Open the case to see what was damaged, and restore the data folder from a backup to count it.
        </Alert>
      )}
      {lead && loaded && (
        <ImportedFiles
          files={loaded.files}
          remove={async (file) => {
            const removed = await convene().outcomes.remove(file.exportId)
            setSaid(
              removed.ok
                ? { severity: 'success', text: removed.value.said }
                : { severity: 'error', text: removed.error.message },
            )
            await load()
          }}
        />
      )}
      {loaded ? <Dashboard rows={loaded.rows} lead={lead} /> : !problem && <Box aria-busy="true" />}
    </Box>
  )
}

/** The period and kind chosen, and the figures for them. */
function Dashboard({ rows, lead }: { readonly rows: ReadonlyArray<OutcomeRow>; readonly lead: boolean }) {
  // Until chosen, the kind there is work of, and every month there are figures for (more come with imports).
  const [chosenKind, setKind] = useState<DashboardQuery['kind'] | null>(null)
  const kind =
    chosenKind ??
    (rows.some((row) => row.type === 'mediation-case') || !rows.some((row) => row.type === 'conference')
      ? 'mediation'
      : 'conferences')
  const thisMonth = ukDateOf(new Date()).slice(0, 7)
  const months = useMemo(() => {
    const known = rows.map(monthOf).sort()
    const first = known[0] ?? thisMonth
    const last = [known.at(-1) ?? thisMonth, thisMonth].sort().at(-1) ?? thisMonth
    // The latest twenty years at most: a date mistyped long ago never hides this month.
    return monthsBetween(first < last ? first : last, last).slice(-240)
  }, [rows, thisMonth])
  const [chosenFrom, setFrom] = useState<string | null>(null)
  const [chosenTo, setTo] = useState<string | null>(null)
  const from = chosenFrom ?? months[0] ?? thisMonth
  const to = chosenTo ?? months.at(-1) ?? thisMonth
  const query: DashboardQuery = { kind, from: from <= to ? from : to, to: from <= to ? to : from }
  // From is never after To: each offers only the months on its side of the other.
  const monthField = (
    id: string,
    label: string,
    value: string,
    set: (month: string) => void,
    offered: ReadonlyArray<string>,
  ) => (
    <TextField
      id={id}
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => set(event.target.value)}
      fullWidth={false}
      slotProps={{ select: { native: true } }}
      sx={{ minWidth: 190 }}
    >
      {offered.map((month) => (
        <option key={month} value={month}>
          {formatMonth(month)}
        </option>
      ))}
    </TextField>
  )
  return (
    <Box component="section" aria-labelledby="outcomes-figures-heading" sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id="outcomes-figures-heading">
        {lead ? 'Figures from every file' : 'Your figures'}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          sx={{ '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.primary' } }}
          value={kind}
          aria-label="Which work"
          onChange={(_event, next: DashboardQuery['kind'] | null) => next && setKind(next)}
        >
          <ToggleButton value="mediation">Mediation</ToggleButton>
          <ToggleButton value="conferences">Conferences</ToggleButton>
        </ToggleButtonGroup>
        {monthField(
          'outcomes-from',
          'From',
          from,
          setFrom,
          months.filter((month) => month <= to),
        )}
        {monthField(
          'outcomes-to',
          'To',
          to,
          setTo,
          months.filter((month) => month >= from),
        )}
      </Box>
      {kind === 'mediation' ? (
        <MediationDashboard figures={mediationFigures(rows, query)} />
      ) : (
        <ConferenceDashboard figures={conferenceFigures(rows, query)} />
      )}
    </Box>
  )
}
