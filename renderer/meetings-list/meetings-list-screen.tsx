import { useEffect, useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import InputAdornment from '@mui/material/InputAdornment'
import Search from '@mui/icons-material/Search'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined'
import { councilCalendar } from '../../shared/calendar/council-calendar.ts'
import { ukDateOf } from '../../shared/dates/british-date.ts'
import { groupIntoCases, type CaseGroup } from '../../shared/meeting/case-groups.ts'
import { fallingDue, type FallingDue as FallingDueItem } from '../../shared/meeting/falling-due.ts'
import type { MeetingSummary } from '../../shared/meeting/meeting-summary.ts'
import { foldForSearch } from '../../shared/text/fold-for-search.ts'
import { PageHeading } from '../common/page-heading.tsx'
import { markInteractive } from '../app/ready-mark.ts'
import type { Route } from '../app/router.ts'
import { useSettings } from '../settings/use-settings.ts'
import { CaseRow } from './case-row.tsx'
import { FallingDue } from './falling-due.tsx'
import { ImportMeetingButton } from './import-meeting-button.tsx'
import { VerifyDocumentButton } from '../signing/verify-document-button.tsx'
import { useMeetings } from './use-meetings.ts'

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })
const pageSize = 50

/** True when a case's family or children's names contain the search text, ignoring case and accents. */
function matches(group: CaseGroup, search: string): boolean {
  if (search === '') return true
  const wanted = foldForSearch(search)
  return [group.familyName, ...group.childNames].some((name) => foldForSearch(name).includes(wanted))
}

/**
 * The cases on this laptop, each a family's meetings over time, the newest first; what falls due across
 * them; and the way to start a new meeting.
 */
export function MeetingsListScreen({ navigate }: { readonly navigate: (route: Route) => void }) {
  const { meetings, cases, problem } = useMeetings()
  const settings = useSettings()
  const [search, setSearch] = useState('')
  const [shown, setShown] = useState(pageSize)
  const today = ukDateOf(new Date())
  const readable = useMemo(
    () =>
      meetings
        ? meetings.filter((entry): entry is MeetingSummary & { readable: true } => entry.readable)
        : null,
    [meetings],
  )
  const unreadable = useMemo(
    () => (meetings ?? []).flatMap((entry) => (entry.readable ? [] : [entry])),
    [meetings],
  )
  const groups = useMemo(
    () => (readable ? groupIntoCases(readable, cases, collator) : null),
    [readable, cases],
  )
  const found = useMemo(
    () => (groups ? groups.filter((group) => matches(group, search.trim())) : null),
    [groups, search],
  )
  const due = useMemo(
    () =>
      readable && settings
        ? fallingDue(
            readable,
            { calendar: councilCalendar(settings), timescales: settings.timescales },
            today,
          )
        : [],
    [readable, settings, today],
  )
  const dueByCase = useMemo(() => {
    const byCase = new Map<string, FallingDueItem[]>()
    const caseOf = new Map(
      (groups ?? []).flatMap((group) => group.meetings.map((meeting) => [meeting.id, group.id])),
    )
    for (const item of due) {
      const key = caseOf.get(item.meeting.id)
      if (key) byCase.set(key, [...(byCase.get(key) ?? []), item])
    }
    return byCase
  }, [due, groups])
  const listed = meetings
  useEffect(() => {
    if (listed) markInteractive()
  }, [listed])

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
      {listed && <FallingDue due={due} today={today} navigate={navigate} />}
      {!listed && !problem && (
        <Paper sx={{ p: 2 }} aria-busy="true" aria-label="Loading meetings">
          <Skeleton height={40} />
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Paper>
      )}
      {listed && listed.length === 0 && (
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
      {listed && listed.length > 0 && (
        <TextField
          id="meetings-search"
          label="Find a case"
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
      {found && groups && groups.length > 0 && found.length === 0 && (
        <Typography role="status" sx={{ py: 2 }}>
          No cases match ‘{search.trim()}’. Check the spelling, or search by a child&apos;s name.
        </Typography>
      )}
      {unreadable.length > 0 && (
        <Stack spacing={1} sx={{ mb: 2 }}>
          {unreadable.map((entry) => (
            <Alert key={entry.id} severity="warning" variant="outlined">
              {entry.problem}
            </Alert>
          ))}
        </Stack>
      )}
      {found && groups && found.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table aria-labelledby="meetings-caption">
            <caption
              id="meetings-caption"
              style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px' }}
            >
              {describeCount(found.length, groups.length, Math.min(shown, found.length))}
            </caption>
            <TableHead>
              <TableRow>
                <TableCell scope="col">Family and children</TableCell>
                <TableCell scope="col">Meetings</TableCell>
                <TableCell scope="col">Where it stands</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {found.slice(0, shown).map((group) => (
                <CaseRow
                  key={group.id}
                  group={group}
                  due={dueByCase.get(group.id) ?? []}
                  today={today}
                  navigate={navigate}
                />
              ))}
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
  const cases = (count: number): string => (count === 1 ? '1 case' : `${count.toLocaleString('en-GB')} cases`)
  const which = found === total ? cases(total) : `${cases(found)} of ${total.toLocaleString('en-GB')} match`
  return shown < found
    ? `${which}, newest meeting first; showing the first ${shown}`
    : `${which}, newest meeting first`
}
