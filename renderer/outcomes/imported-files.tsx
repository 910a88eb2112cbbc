import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { visuallyHidden } from '@mui/utils'
import { formatBritishDate, formatMonth, ukDateOf } from '../../shared/dates/british-date.ts'
import { shownCount } from '../../shared/outcomes/figures.ts'
import type { ImportedFileSummary } from '../../shared/outcomes/outcomes-file.ts'

/** The files a service lead imported: how many, from when; each can be taken out again. */
export function ImportedFiles({
  files,
  remove,
}: {
  readonly files: ReadonlyArray<ImportedFileSummary>
  readonly remove: (file: ImportedFileSummary) => Promise<void>
}) {
  const [asking, setAsking] = useState<ImportedFileSummary | null>(null)
  if (files.length === 0)
    return (
      <Alert severity="info">
        No outcomes files yet. Ask each chair and mediator for theirs (Outcomes, then Export for the service
        lead), and import them here. A file imported again is counted once; a newer file from the same laptop
        replaces the older one.
      </Alert>
    )
  const described = (file: ImportedFileSummary) =>
    `the file made in ${formatMonth(file.month)} (export ${file.exportNumber}, ${shownCount(file.rows).shown} cases and conferences)`
  return (
    <Box component="section" aria-labelledby="imported-files-heading">
      <Typography variant="h2" id="imported-files-heading" sx={{ mb: 1 }}>
        Files imported
      </Typography>
      <Typography>
        {files.length === 1 ? '1 file' : `${files.length} files`}, the latest imported on{' '}
        {formatBritishDate(ukDateOf(new Date(files[0]?.importedAt ?? 0)))}:{' '}
        {shownCount(files.reduce((sum, file) => sum + file.rows, 0)).shown} cases and conferences in all, to
        the nearest 5.
      </Typography>
      <Table size="small" sx={{ mt: 1, maxWidth: 900 }}>
        <TableHead>
          <TableRow>
            {['Imported on', 'Made in', 'Export from its laptop', 'Cases and conferences', ''].map(
              (cell, index) => (
                <TableCell key={index} sx={{ fontWeight: 600 }}>
                  {cell === '' ? (
                    <Box component="span" sx={visuallyHidden}>
                      Take out
                    </Box>
                  ) : (
                    cell
                  )}
                </TableCell>
              ),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {files.map((file) => (
            <TableRow key={file.exportId}>
              <TableCell component="th" scope="row">
                {formatBritishDate(ukDateOf(new Date(file.importedAt)))}
              </TableCell>
              <TableCell>{formatMonth(file.month)}</TableCell>
              <TableCell>number {file.exportNumber}</TableCell>
              <TableCell>{shownCount(file.rows).shown}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  aria-label={`Take out ${described(file)}`}
                  onClick={() => setAsking(file)}
                >
                  Take out…
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Dialog open={asking !== null} onClose={() => setAsking(null)} aria-labelledby="take-out-title">
        <DialogTitle id="take-out-title">Take out this file?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {asking && `Its cases and conferences leave the figures: ${described(asking)}.`} Import it, or a
            newer file from the same laptop, again when you need it.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>Keep it</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              const file = asking
              setAsking(null)
              if (file) void remove(file)
            }}
          >
            Take it out
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  )
}
