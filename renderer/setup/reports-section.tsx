import { useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { visuallyHidden } from '@mui/utils'
import Add from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import { checkReport } from '../../shared/kinds/conference/rules/reports.ts'
import { bundledCalendar } from '../../shared/calendar/bank-holidays.ts'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { calculatedDateNote } from '../../shared/calendar/working-days.ts'
import type { AgencyReport } from '../../shared/kinds/conference/records.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'
import { ReportDialog, type ReportFields } from './report-dialog.tsx'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

/** The agencies' written reports: when each arrived against the council's deadline, and whether the parents saw it. */
export function ReportsSection() {
  const { meeting, send } = useConferenceContext()
  const settings = useSettings()
  // A new report carries the id it will be saved under from the moment its dialog opens, so a retry adds it once.
  const [editing, setEditing] = useState<{
    readonly report: AgencyReport | null
    readonly newId: string
  } | null>(null)
  const deadlineDays = settings?.reportDeadlineWorkingDays[meeting.kind] ?? 2
  const calendar = settings ? councilCalendar(settings) : bundledCalendar()
  const today = ukDateOf(new Date())

  const save = async (fields: ReportFields): Promise<string | null> => {
    const result = editing?.report
      ? await send({ type: 'update-report', reportId: editing.report.id, patch: fields })
      : await send({ type: 'add-report', reportId: editing?.newId ?? crypto.randomUUID(), report: fields })
    if (!result.ok) return result.error.message
    setEditing(null)
    return null
  }

  const { deadline, deadlineCalculated } = checkReport(
    { receivedOn: null, sharedWithParents: 'yes' },
    meeting.date,
    deadlineDays,
    calendar,
    today,
  )
  return (
    <Paper component="section" aria-labelledby="reports-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="reports-heading" sx={{ mb: 1 }}>
        Reports
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Reports are due {deadlineDays === 1 ? '1 working day' : `${deadlineDays} working days`} before the
        meeting: by {formatBritishDate(deadline)}
        {deadlineCalculated ? ` (${calculatedDateNote})` : ''}.
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Reports">
          <TableHead>
            <TableRow>
              <TableCell scope="col">Agency</TableCell>
              <TableCell scope="col">Received</TableCell>
              <TableCell scope="col">Shared with parents</TableCell>
              <TableCell scope="col">
                <Box component="span" sx={visuallyHidden}>
                  Change or remove
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {meeting.record.reports.length === 0 && (
              <TableRow>
                <TableCell colSpan={4}>
                  <Typography color="text.secondary">No reports recorded yet.</Typography>
                </TableCell>
              </TableRow>
            )}
            {meeting.record.reports.map((report) => {
              const check = checkReport(report, meeting.date, deadlineDays, calendar, today)
              return (
                <TableRow key={report.id}>
                  <TableCell>
                    {report.agency}
                    {report.author && (
                      <Typography variant="body2" color="text.secondary">
                        {report.author}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                      <span>{report.receivedOn ? formatBritishDate(report.receivedOn) : 'Not received'}</span>
                      {check.late && (
                        <Chip
                          size="small"
                          color="warning"
                          variant="outlined"
                          label={
                            report.receivedOn
                              ? `Late: due by ${formatBritishDate(check.deadline)}`
                              : 'Overdue'
                          }
                        />
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                      <span>
                        {report.sharedWithParents === 'yes'
                          ? `Yes${report.sharedOn ? `, ${formatBritishDate(report.sharedOn)}` : ''}`
                          : report.sharedWithParents === 'no'
                            ? 'No'
                            : 'Not known'}
                      </span>
                      {check.notShared && (
                        <Chip
                          size="small"
                          color="warning"
                          variant="outlined"
                          label="Not shared with the parents"
                        />
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <IconButton
                      aria-label={`Change the ${report.agency} report`}
                      onClick={() => setEditing({ report, newId: crypto.randomUUID() })}
                    >
                      <EditOutlined />
                    </IconButton>
                    <IconButton
                      aria-label={`Remove the ${report.agency} report`}
                      onClick={() => {
                        void send({ type: 'remove-report', reportId: report.id })
                        focusAfterDrawing('#add-report')
                      }}
                    >
                      <DeleteOutlined />
                    </IconButton>
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </Box>
      <Button
        id="add-report"
        startIcon={<Add />}
        onClick={() => setEditing({ report: null, newId: crypto.randomUUID() })}
        sx={{ mt: 1 }}
      >
        Add a report
      </Button>
      {editing && (
        <ReportDialog
          initial={editing.report ? (({ id: _id, ...fields }) => fields)(editing.report) : null}
          onCancel={() => setEditing(null)}
          onSave={save}
        />
      )}
    </Paper>
  )
}
