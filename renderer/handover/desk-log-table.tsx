import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { formatBritishDate, formatBritishDateTime } from '../../shared/dates/british-date.ts'
import { sendingLabels, type DeskEntry } from '../../shared/handover/desk-log.ts'
import { copyKindWords, deliveryWayWords } from '../../shared/handover/handover.ts'
import { deskTableSx } from './due-dates-table.tsx'

/** One entry of the log in words. */
function entryWords(entry: DeskEntry): string {
  switch (entry.type) {
    case 'opened':
      return `Version ${entry.version} handed over by ${entry.from} and opened`
    case 'pack-made':
      return `Pack made for the ${sendingLabels[entry.what].toLocaleLowerCase('en-GB')} (version ${entry.version}, ${entry.files} files)`
    case 'sent':
      // The decision letter is the same for everyone: only the minutes differ by copy.
      return `${sendingLabels[entry.what]} (version ${entry.version}${entry.what === 'minutes' ? `, ${copyKindWords[entry.copy]}` : ''}) sent to ${entry.recipient} ${deliveryWayWords[entry.how]} on ${formatBritishDate(entry.on)}`
    case 'correction-received':
      return `Correction asked for by ${entry.from}, received ${formatBritishDate(entry.receivedOn)}: ${entry.request}`
    case 'correction-decided':
      return `Correction ${entry.accepted ? 'accepted' : 'declined'}: ${entry.reason}`
    case 'correction-sent':
      return 'Accepted correction sealed for the chair'
    case 'superseded':
      return `Version ${entry.version} replaced by version ${entry.byVersion}`
  }
}

/** The log, oldest first: who was sent which version, how and when; corrections and how each was handled. */
export function DeskLog({ log }: { readonly log: ReadonlyArray<DeskEntry> }) {
  if (log.length === 0) return <Typography color="text.secondary">Nothing yet.</Typography>
  return (
    <Box component="table" sx={deskTableSx} aria-label="Log">
      <caption>Everything done with this record, oldest first. Entries are only ever added.</caption>
      <thead>
        <tr>
          <th scope="col">Recorded</th>
          <th scope="col">What</th>
          <th scope="col">By</th>
        </tr>
      </thead>
      <tbody>
        {log.map((entry, index) => (
          <tr key={index}>
            <td>{formatBritishDateTime(new Date(entry.at))}</td>
            <td>
              <bdi>{entryWords(entry)}</bdi>
            </td>
            <td>
              <bdi>{entry.by}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </Box>
  )
}
