import { useEffect, useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import InputAdornment from '@mui/material/InputAdornment'
import Search from '@mui/icons-material/Search'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined'
import { compareForList, type MeetingListEntry } from '../../shared/model/meeting-summary.ts'
import { foldForSearch } from '../../shared/text/fold-for-search.ts'
import { formatCount } from '../../shared/text/format-count.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { PlainTextField } from '../common/plain-text-field.tsx'
import { afterInteractive, markInteractive } from '../app/ready-mark.ts'
import type { Route } from '../app/router.ts'
import { lazyScreen } from '../app/lazy-screen.tsx'
import { ImportMeetingButton } from './import-meeting-button.tsx'
import { MeetingsTable } from './meetings-table.tsx'
import { VerifyDocumentButton } from '../signing/verify-document-button.tsx'
import { useMeetings } from './use-meetings.ts'

// The dates falling due need the working-day calendar and the council's settings, which the list itself
// does not: their code is fetched once the list is interactive, and they show when it and the settings
// have come (they always showed after the list, since the settings came after it).
const FallingDue = lazyScreen(() => import('./falling-due.tsx').then((module) => module.FallingDue), null)

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })
const pageSize = 50

/** True when a meeting's family or children's names contain the search text, ignoring case and accents. */
function matches(entry: MeetingListEntry, search: string): boolean {
  if (search === '') return true
  if (!entry.readable) return false
  const wanted = foldForSearch(search)
  return [entry.familyName, ...entry.childNames].some((name) => foldForSearch(name).includes(wanted))
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
  const found = useMemo(
    () => (sorted ? sorted.filter((entry) => matches(entry, search.trim())) : null),
    [sorted, search],
  )
  const visible = useMemo(() => found?.slice(0, shown) ?? null, [found, shown])
  useEffect(() => {
    if (sorted) markInteractive()
  }, [sorted])
  const [dueWanted, setDueWanted] = useState(false)
  useEffect(() => afterInteractive(() => setDueWanted(true)), [])

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
      {sorted && dueWanted && <FallingDue meetings={sorted} navigate={navigate} />}
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
        <PlainTextField
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
          startAdornment={
            <InputAdornment position="start">
              <Search aria-hidden />
            </InputAdornment>
          }
        />
      )}
      {found && sorted && sorted.length > 0 && found.length === 0 && (
        <Typography role="status" sx={{ py: 2 }}>
          No meetings match ‘{search.trim()}’. Check the spelling, or search by a child&apos;s name.
        </Typography>
      )}
      {found && sorted && found.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <MeetingsTable
            entries={visible ?? []}
            caption={describeCount(found.length, sorted.length, Math.min(shown, found.length))}
            navigate={navigate}
          />
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
  const meetings = (count: number): string => (count === 1 ? '1 meeting' : `${formatCount(count)} meetings`)
  const which = found === total ? meetings(total) : `${meetings(found)} of ${formatCount(total)} match`
  return shown < found ? `${which}, newest first; showing the first ${shown}` : `${which}, newest first`
}
