import { useCallback, useEffect, useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import InboxOutlined from '@mui/icons-material/InboxOutlined'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { deskCounts, type DeskCounts, type DeskRow } from '../../shared/handover/desk-due.ts'
import { convene } from '../api/convene.ts'
import type { Route } from '../app/router.ts'
import { toBase64 } from '../common/download.ts'
import { useFilePicker } from '../common/file-picker.tsx'
import { deskStatusLabels, kindLabel, statusColour } from './desk-labels.ts'
import { deskTableSx } from './due-dates-table.tsx'

const showings = ['all', 'owed', 'correction-open', 'sent'] as const
type Showing = (typeof showings)[number]
const showingLabels: Readonly<Record<Showing, string>> = {
  all: 'All',
  owed: 'Something owed',
  'correction-open': 'Correction open',
  sent: 'Sent',
}
/** Whether a row is shown under a filter. */
function showingMatches(showing: Showing, row: DeskRow): boolean {
  if (showing === 'all') return true
  if (showing === 'owed') return row.dates.some((date) => !date.done)
  return row.status === showing
}

/** Corrections accepted about the version in hand: the chair's corrected version has yet to come. */
const awaited = (row: DeskRow): number =>
  row.corrections.filter((each) => each.decision?.accepted === true && each.version === row.version).length

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** The home screen's counts in words: '2 overdue, 1 due today, 1 correction to decide'. */
export function countsInWords(counts: DeskCounts): string {
  const parts = [
    counts.overdue > 0 ? `${counts.overdue} overdue` : '',
    counts.dueToday > 0 ? `${counts.dueToday} due today` : '',
    counts.corrections > 0 ? plural(counts.corrections, 'correction to decide', 'corrections to decide') : '',
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'Nothing due today'
}

/**
 * A system notification when something on the desk falls due today, once a day for each: it names no
 * family (a screen is often seen by others), it says to open Convene.
 */
function useDueNotification(rows: ReadonlyArray<DeskRow>): void {
  const told = useRef(new Set<string>())
  useEffect(() => {
    if (typeof Notification === 'undefined') return
    const dueToday = rows.flatMap((row) =>
      row.dates.filter((date) => date.dueToday).map((date) => `${row.handoverId}:${date.key}:${date.due}`),
    )
    const fresh = dueToday.filter((key) => !told.current.has(key))
    if (fresh.length === 0) return
    for (const key of fresh) told.current.add(key)
    const show = () =>
      new Notification('Convene: something is due today', {
        body: `${plural(dueToday.length, 'thing is', 'things are')} due today on the desk. Open Convene to see.`,
        tag: 'convene-desk-due-today',
      })
    if (Notification.permission === 'granted') show()
    else if (Notification.permission === 'default')
      void Notification.requestPermission().then((permission) => permission === 'granted' && show())
  }, [rows])
}

/**
 * The administrator's desk on the home screen: the due view across every record handed over (its status,
 * what is owed next and by when, corrections waiting), the counts, and the way to open a handover a chair
 * gave. Shown to a laptop set up for an administrator, or that has been given a handover.
 */
export function HandoverDesk({ navigate }: { readonly navigate: (route: Route) => void }) {
  const [rows, setRows] = useState<ReadonlyArray<DeskRow>>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [opened, setOpened] = useState<string | null>(null)
  const [shown, setShown] = useState(false)
  const [showing, setShowing] = useState<Showing>('all')
  const load = useCallback(() => {
    void convene()
      .desk.due()
      .then((result) => result.ok && setRows(result.value))
    void convene()
      .identity.get()
      .then(
        (result) =>
          result.ok && setShown(result.value.receivesHandovers || result.value.role === 'administrator'),
      )
  }, [])
  useEffect(load, [load])
  useDueNotification(rows)
  const picker = useFilePicker({
    accept: '.convene-handover',
    label: 'Handover file to open',
    testId: 'handover-file-input',
    onFile: (file) => void open(file),
  })
  if (!shown && rows.length === 0) return null
  const open = async (file: File) => {
    setProblem(null)
    setOpened(null)
    const result = await convene().handover.open(toBase64(new Uint8Array(await file.arrayBuffer())))
    if (!result.ok) return setProblem(result.error.message)
    const { familyName, signedVersion, replacedBy } = result.value
    setOpened(
      replacedBy === null
        ? `Opened: the ${familyName} family, version ${signedVersion}.`
        : `Opened: the ${familyName} family, version ${signedVersion}. Version ${replacedBy} is already on your desk and replaces it, so nothing is owed on this one.`,
    )
    load()
  }
  const counts = deskCounts(rows)
  const listed = rows.filter((row) => showingMatches(showing, row))
  return (
    <Paper component="section" aria-labelledby="desk-heading" sx={{ p: 3, mb: 3 }}>
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
      {rows.length > 0 && (
        <Typography
          id="desk-counts"
          role="status"
          sx={{ mb: 1, fontWeight: 600 }}
          color={counts.overdue > 0 ? 'error' : 'text.primary'}
        >
          {countsInWords(counts)}
        </Typography>
      )}
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
      {rows.length > 0 && (
        <ToggleButtonGroup
          exclusive
          size="small"
          value={showing}
          onChange={(_, next: Showing | null) => next && setShowing(next)}
          aria-label="Show"
          sx={{ mb: 1, flexWrap: 'wrap' }}
        >
          {showings.map((each) => (
            <ToggleButton key={each} value={each}>
              {showingLabels[each]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      )}
      {rows.length === 0 ? (
        <Typography color="text.secondary">
          Nothing yet. When a chair hands a signed record over, open the file they give you here.
        </Typography>
      ) : (
        <Box component="table" sx={deskTableSx} aria-labelledby="desk-heading">
          <caption>
            {plural(listed.length, 'record', 'records')}
            {showing === 'all' ? '' : ` of ${rows.length}`}, the one owed soonest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Family and meeting</th>
              <th scope="col">Status</th>
              <th scope="col">Next owed</th>
              <th scope="col">Corrections</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((row) => {
              const next = row.dates.find((date) => !date.done)
              const waiting = row.corrections.filter((each) => each.decision === null)
              return (
                <tr key={row.handoverId}>
                  <td>
                    <Link
                      component="button"
                      onClick={() => navigate({ screen: 'desk', handoverId: row.handoverId })}
                      sx={{ textAlign: 'left' }}
                    >
                      <bdi>{row.familyName}</bdi> family: {kindLabel(row.kind)}, {formatBritishDate(row.date)}
                    </Link>
                    {row.version > 1 && <Typography variant="body2">Version {row.version}</Typography>}
                  </td>
                  <td>
                    <Chip
                      size="small"
                      color={statusColour(row.status)}
                      label={deskStatusLabels[row.status]}
                    />
                  </td>
                  <td>
                    {next ? (
                      <>
                        {next.label}, by {formatBritishDate(next.due)}{' '}
                        <Chip
                          size="small"
                          color={next.overdue ? 'error' : next.dueToday ? 'warning' : 'default'}
                          label={next.words}
                        />
                      </>
                    ) : (
                      'Nothing'
                    )}
                  </td>
                  <td>
                    {waiting.length > 0
                      ? `${plural(waiting.length, 'to decide', 'to decide')}${waiting.some((each) => each.late) ? ' (one late)' : ''}`
                      : awaited(row) > 0
                        ? `${plural(awaited(row), 'accepted', 'accepted')}: the corrected version is awaited from the chair`
                        : row.correctionsOpenUntil
                          ? `Window open until ${formatBritishDate(row.correctionsOpenUntil)}`
                          : 'None'}
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
