import { useCallback, useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import InboxOutlined from '@mui/icons-material/InboxOutlined'
import type { HandoverSummary } from '../../shared/handover/handover.ts'
import { formatBritishDate, formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { kindInfo } from '../../shared/kinds/registry.ts'
import { MeetingKindSchema } from '../../shared/meeting/meeting.ts'
import { convene } from '../api/convene.ts'
import { toBase64 } from '../common/download.ts'
import { useFilePicker } from '../common/file-picker.tsx'
import { DistributionEditor } from './distribution-editor.tsx'

/**
 * The administrator's desk: the handovers opened on this laptop, and the way to open one a chair gave.
 * Shown on the home screen once there is one (or to open the first).
 */
export function HandoverDesk() {
  const [handovers, setHandovers] = useState<ReadonlyArray<HandoverSummary>>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [opened, setOpened] = useState<string | null>(null)
  const [editing, setEditing] = useState<HandoverSummary | null>(null)
  // Shown to a laptop that receives handovers (an administrator's), or that has been given one.
  const [receives, setReceives] = useState(false)
  const load = useCallback(() => {
    void convene()
      .handover.list()
      .then((result) => result.ok && setHandovers(result.value))
    void convene()
      .identity.get()
      .then((result) => result.ok && setReceives(result.value.receivesHandovers))
  }, [])
  useEffect(load, [load])
  const picker = useFilePicker({
    accept: '.convene-handover',
    label: 'Handover file to open',
    testId: 'handover-file-input',
    onFile: (file) => void open(file),
  })
  if (!receives && handovers.length === 0) return null
  const open = async (file: File) => {
    setProblem(null)
    setOpened(null)
    const result = await convene().handover.open(toBase64(new Uint8Array(await file.arrayBuffer())))
    if (!result.ok) return setProblem(result.error.message)
    setOpened(`Opened: the ${result.value.familyName} family, version ${result.value.signedVersion}.`)
    load()
  }
  return (
    <Paper component="section" aria-labelledby="desk-heading" sx={{ p: 3, mb: 3 }}>
      {editing && (
        <DistributionEditor
          handoverId={editing.id}
          familyName={editing.familyName}
          onClose={() => (setEditing(null), load())}
        />
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <InboxOutlined aria-hidden />
        <Typography variant="h2" id="desk-heading" sx={{ flex: 1 }}>
          Handed over to you
        </Typography>
        <Button variant="outlined" onClick={picker.choose} id="open-handover">
          Open a handover…
        </Button>
        {picker.input}
      </Box>
      {opened && (
        <Alert severity="success" role="status" sx={{ mb: 1 }}>
          {opened}
        </Alert>
      )}
      {problem && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {problem}
        </Alert>
      )}
      {handovers.length === 0 ? (
        <Typography color="text.secondary">
          Nothing yet. When a chair hands a signed record over, open the file they give you here.
        </Typography>
      ) : (
        <Box
          component="table"
          sx={{
            width: '100%',
            borderCollapse: 'collapse',
            '& th, & td': {
              textAlign: 'left',
              p: 1,
              borderBottom: 1,
              borderColor: 'divider',
              verticalAlign: 'top',
            },
          }}
        >
          <caption style={{ textAlign: 'left', captionSide: 'top' }}>
            {handovers.length === 1 ? '1 handover' : `${handovers.length} handovers`}, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Family</th>
              <th scope="col">Meeting</th>
              <th scope="col">From</th>
              <th scope="col">To send</th>
            </tr>
          </thead>
          <tbody>
            {handovers.map((each) => {
              const kind = MeetingKindSchema.safeParse(each.kind)
              return (
                <tr key={each.id}>
                  <td>
                    <bdi>{each.familyName}</bdi> family
                  </td>
                  <td>
                    {kind.success ? kindInfo(kind.data).label : each.kind}, {formatBritishDate(each.date)},
                    signed version {each.signedVersion}
                  </td>
                  <td>
                    <bdi>{each.from}</bdi>, {formatBritishDateTime(new Date(each.sealedAt))}
                  </td>
                  <td>
                    {each.documents} documents for {each.recipients} people
                    <Box>
                      <Button size="small" onClick={() => setEditing(each)}>
                        Who gets which copy…
                      </Button>
                    </Box>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </Box>
      )}
    </Paper>
  )
}
