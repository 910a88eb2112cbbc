import { useEffect, useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import FormControlLabel from '@mui/material/FormControlLabel'
import Switch from '@mui/material/Switch'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TextField from '@mui/material/TextField'
import InputAdornment from '@mui/material/InputAdornment'
import Search from '@mui/icons-material/Search'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { meetingKindLabels, meetingStatusLabels } from '../../shared/model/meeting.ts'
import { compareForList, type MeetingListEntry } from '../../shared/model/meeting-summary.ts'
import { foldForSearch } from '../../shared/text/fold-for-search.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { markInteractive } from '../app/ready-mark.ts'
import type { Route } from '../app/router.ts'
import { FallingDue } from './falling-due.tsx'
import { ImportMeetingButton } from './import-meeting-button.tsx'
import { VerifyDocumentButton } from '../signing/verify-document-button.tsx'
import { useMeetings } from './use-meetings.ts'

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })
const pageSize = 50

/** True when a meeting's family or children's names contain the search text, ignoring case and accents. */
function matches(entry: MeetingListEntry, search: string): boolean {
  if (search === '') return true
  if (!entry.readable) return false
  const wanted = foldForSearch(search)
  return [entry.familyName, ...entry.childNames].some((name) => foldForSearch(name).includes(wanted))
}

/** True for a meeting whose minutes are signed (and no correction under way). */
function isSigned(entry: MeetingListEntry): boolean {
  return entry.readable && entry.timescales?.signedOff === true
}

/** The meetings on this laptop, newest first, with the way to start a new one. */
export function MeetingsListScreen({ navigate }: { readonly navigate: (route: Route) => void }) {
  const { meetings, problem } = useMeetings()
  const [search, setSearch] = useState('')
  const [shown, setShown] = useState(pageSize)
  const sorted = useMemo(
    () => (meetings ? [...meetings].sort((a, b) => compareForList(a, b, collator)) : null),
    [meetings],
  )
  // Signed records stay on the laptop (they are a statutory record) but need not crowd the list.
  const [hideSigned, setHideSigned] = useState(false)
  const signedCount = useMemo(() => (sorted ? sorted.filter(isSigned).length : 0), [sorted])
  const found = useMemo(
    () =>
      sorted
        ? sorted.filter((entry) => matches(entry, search.trim()) && !(hideSigned && isSigned(entry)))
        : null,
    [sorted, search, hideSigned],
  )
  useEffect(() => {
    if (sorted) markInteractive()
  }, [sorted])

  return (
    <>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 3 }}
      >
        <Box>
          <PageHeading>Meetings</PageHeading>
          <Typography color="text.secondary">
            Conferences, core groups and mediation meetings kept on this laptop.
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          <VerifyDocumentButton />
          <ImportMeetingButton
            onImported={(meeting) => navigate({ screen: 'meeting', meetingId: meeting.id, tab: 'setup' })}
          />
        </Stack>
      </Stack>
      {problem && <Alert severity="error">{problem}</Alert>}
      {sorted && <FallingDue meetings={sorted} navigate={navigate} />}
      {!sorted && !problem && (
        <Paper sx={{ p: 2 }} aria-busy="true" aria-label="Loading meetings">
          <Skeleton height={40} />
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Paper>
      )}
      {sorted && sorted.length === 0 && (
        <Paper sx={{ p: { xs: 3, md: 6 }, textAlign: 'center' }}>
          <EventNoteOutlined sx={{ fontSize: 48, color: 'text.secondary' }} aria-hidden />
          <Typography variant="h2" component="h2" sx={{ mt: 1 }}>
            No meetings yet
          </Typography>
          <Typography color="text.secondary" sx={{ maxWidth: 520, mx: 'auto', mt: 1, mb: 3 }}>
            Set up a meeting before it starts: choose New meeting, then add the family and the children. If a
            colleague sent you a meeting file, import it instead.
          </Typography>
          <Button
            variant="contained"
            size="large"
            startIcon={<Add />}
            onClick={() => navigate({ screen: 'new-meeting' })}
          >
            New meeting
          </Button>
        </Paper>
      )}
      {sorted && sorted.length > 0 && (
        <TextField
          id="meetings-search"
          label="Find a meeting"
          placeholder="Family or child's name"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setShown(pageSize)
          }}
          sx={{ mb: 2, maxWidth: 420 }}
          autoComplete="off"
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Search aria-hidden />
                </InputAdornment>
              ),
            },
          }}
        />
      )}
      {signedCount > 0 && (
        <FormControlLabel
          sx={{ display: 'flex', mb: 1 }}
          control={
            <Switch
              id="hide-signed"
              checked={hideSigned}
              onChange={(event) => {
                setHideSigned(event.target.checked)
                setShown(pageSize)
              }}
            />
          }
          label={`Hide signed meetings (${signedCount.toLocaleString('en-GB')})`}
        />
      )}
      {found && sorted && sorted.length > 0 && found.length === 0 && (
        <Typography role="status" sx={{ py: 2 }}>
          No meetings match ‘{search.trim()}’. Check the spelling, or search by a child&apos;s name.
        </Typography>
      )}
      {found && sorted && found.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table aria-labelledby="meetings-caption">
            <caption
              id="meetings-caption"
              style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px' }}
            >
              {describeCount(found.length, sorted.length, Math.min(shown, found.length))}
            </caption>
            <TableHead>
              <TableRow>
                <TableCell scope="col">Family and children</TableCell>
                <TableCell scope="col">Meeting</TableCell>
                <TableCell scope="col">Date</TableCell>
                <TableCell scope="col">Status</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {found.slice(0, shown).map((entry) =>
                entry.readable ? (
                  <TableRow key={entry.id} hover>
                    <TableCell>
                      <Link
                        component="button"
                        variant="body1"
                        onClick={() => navigate({ screen: 'meeting', meetingId: entry.id, tab: 'setup' })}
                        sx={{ fontWeight: 600, textAlign: 'left' }}
                      >
                        {entry.familyName} family
                      </Link>
                      {entry.childNames.length > 0 && (
                        <Typography variant="body2" color="text.secondary">
                          {entry.childNames.join(', ')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{meetingKindLabels[entry.kind]}</TableCell>
                    <TableCell>{formatBritishDate(entry.date)}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={isSigned(entry) ? 'Signed' : meetingStatusLabels[entry.status]}
                        color={entry.status === 'in-progress' ? 'primary' : 'default'}
                        variant={entry.status === 'ended' ? 'outlined' : 'filled'}
                      />
                    </TableCell>
                  </TableRow>
                ) : (
                  <TableRow key={entry.id}>
                    <TableCell colSpan={4}>
                      <Alert severity="warning" variant="outlined">
                        {entry.problem}
                      </Alert>
                    </TableCell>
                  </TableRow>
                ),
              )}
            </TableBody>
          </Table>
          {found.length > shown && (
            <Box sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
              <Button onClick={() => setShown((current) => current + pageSize)}>
                Show {Math.min(pageSize, found.length - shown)} more
              </Button>
            </Box>
          )}
        </Paper>
      )}
    </>
  )
}

function describeCount(found: number, total: number, shown: number): string {
  const meetings = (count: number): string =>
    count === 1 ? '1 meeting' : `${count.toLocaleString('en-GB')} meetings`
  const which =
    found === total ? meetings(total) : `${meetings(found)} of ${total.toLocaleString('en-GB')} match`
  return shown < found ? `${which}, newest first; showing the first ${shown}` : `${which}, newest first`
}
