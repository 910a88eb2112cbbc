import { useCallback, useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { formatBritishDate, formatBritishDateTime } from '../../shared/dates/british-date.ts'
import type { DeskRecord } from '../../shared/handover/desk-due.ts'
import { sendingLabels, sendings, stillToSendIn, type Sending } from '../../shared/handover/desk-log.ts'
import { distributionGaps } from '../../shared/handover/handover.ts'
import { convene } from '../api/convene.ts'
import type { Route } from '../app/router.ts'
import { useFileSaver } from '../common/save-files.tsx'
import { CorrectionsPanel } from './corrections-panel.tsx'
import { DeskLog } from './desk-log-table.tsx'
import { deskStatusLabels, kindLabel, statusColour } from './desk-labels.ts'
import { DistributionEditor } from './distribution-editor.tsx'
import { RecordSentDialog } from './record-sent-dialog.tsx'
import { DueDatesTable } from './due-dates-table.tsx'
import { PageHeading } from '../common/page-heading.tsx'

/**
 * One handed-over record on the administrator's desk: what is due and when, who gets which copy, the pack
 * for each sending and the record of what went, the corrections asked for, and the log.
 */
export function DeskRecordScreen({
  handoverId,
  navigate,
}: {
  readonly handoverId: string
  readonly navigate: (route: Route) => void
}) {
  const [record, setRecord] = useState<DeskRecord | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const [recording, setRecording] = useState<Sending | null>(null)
  const [built, setBuilt] = useState<Sending | null>(null)
  const files = useFileSaver()
  const load = useCallback(() => {
    void convene()
      .desk.record(handoverId)
      .then((result) => (result.ok ? setRecord(result.value) : setProblem(result.error.message)))
  }, [handoverId])
  useEffect(load, [load])
  const pack = async (what: Sending) => {
    setProblem(null)
    setBuilt(null)
    const made = await convene().desk.pack(handoverId, what)
    if (!made.ok) return setProblem(made.error.message)
    const saved = await files.save(made.value)
    if (!saved.ok) return setProblem(saved.error.message)
    if (saved.value.cancelled) return
    setBuilt(what)
    load()
  }
  if (!record)
    return (
      <Box sx={{ p: 3 }}>
        {problem ? <Alert severity="error">{problem}</Alert> : <Typography>Opening…</Typography>}
      </Box>
    )
  const row = record.row
  const gaps = distributionGaps(record.distribution)
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Link component="button" onClick={() => navigate({ screen: 'meetings' })} sx={{ justifySelf: 'start' }}>
        Back to the desk
      </Link>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1 }}>
          <PageHeading>
            <bdi>{row.familyName}</bdi> family: {kindLabel(row.kind)}, {formatBritishDate(row.date)}
          </PageHeading>
        </Box>
        <Chip color={statusColour(row.status)} label={deskStatusLabels[row.status]} />
      </Box>
      <Typography color="text.secondary">
        Signed version {row.version}, handed over by <bdi>{record.from}</bdi> on{' '}
        {formatBritishDateTime(new Date(record.sealedAt))}.
      </Typography>
      {problem && <Alert severity="error">{problem}</Alert>}
      {files.notice}
      {built && (
        <Alert severity="info" role="status">
          The pack for the {sendingLabels[built].toLocaleLowerCase('en-GB')} is saved. Open each email draft
          (.eml) in Outlook or Thunderbird, check it and send it; print each letter with its copy. Then record
          what was sent.
        </Alert>
      )}
      <Paper component="section" aria-labelledby="due-heading" sx={{ p: 2 }}>
        <Typography variant="h2" id="due-heading" sx={{ mb: 1 }}>
          What is due
        </Typography>
        <DueDatesTable dates={row.dates} caption="Dates for this record, soonest first" />
      </Paper>
      <Paper component="section" aria-labelledby="send-heading" sx={{ p: 2, display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h2" id="send-heading" sx={{ flex: 1 }}>
            Sending
          </Typography>
          <Button variant="outlined" onClick={() => setEditing(true)} id="edit-distribution">
            Who gets which copy…
          </Button>
        </Box>
        {gaps.length > 0 && (
          <Alert severity="warning">
            Before sending: {gaps.slice(0, 4).join(' ')}
            {gaps.length > 4 ? ` And ${gaps.length - 4} more.` : ''}
          </Alert>
        )}
        {sendings.map((what) => {
          const left = stillToSendIn(record, what)
          return (
            <Box
              key={what}
              component="section"
              aria-label={sendingLabels[what]}
              sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}
            >
              <Typography sx={{ flex: 1, minWidth: 240 }}>
                <strong>{sendingLabels[what]}</strong>:{' '}
                {left.total === 0
                  ? 'no one on the list gets it.'
                  : left.waiting === 0
                    ? `sent to all ${left.total}.`
                    : `${left.waiting} of ${left.total} still to send.`}
              </Typography>
              <Button onClick={() => void pack(what)} disabled={left.total === 0}>
                Build the pack…
              </Button>
              <Button onClick={() => setRecording(what)} disabled={left.total === 0}>
                Record what was sent…
              </Button>
            </Box>
          )
        })}
      </Paper>
      <Paper sx={{ p: 2 }}>
        <CorrectionsPanel handoverId={handoverId} record={record} onChanged={setRecord} />
      </Paper>
      <Paper component="section" aria-labelledby="log-heading" sx={{ p: 2 }}>
        <Typography variant="h2" id="log-heading" sx={{ mb: 1 }}>
          Log
        </Typography>
        <DeskLog log={record.log} />
      </Paper>
      {editing && (
        <DistributionEditor
          handoverId={handoverId}
          familyName={row.familyName}
          onClose={() => (setEditing(false), load())}
        />
      )}
      {recording && (
        <RecordSentDialog
          handoverId={handoverId}
          record={record}
          what={recording}
          onClose={() => setRecording(null)}
          onRecorded={(next) => (setRecording(null), setBuilt(null), setRecord(next))}
        />
      )}
    </Box>
  )
}
