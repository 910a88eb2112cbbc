import { useId, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { visuallyHidden } from '@mui/utils'
import { BarChart } from '@mui/x-charts/BarChart'
import type { Counted } from '../../shared/outcomes/dashboard.ts'
import {
  percentShown,
  shownCount,
  type Figure,
  type PairedFigure,
  type ShownCount,
} from '../../shared/outcomes/figures.ts'

/**
 * One chart and the table beneath it that says the same in words, for screen readers and for anyone who
 * wants the numbers: the chart itself is hidden from assistive technology (the table is what it reads).
 */
export function ChartWithTable({
  title,
  note,
  chart,
  table,
}: {
  readonly title: string
  /** What the chart stands on, and what it leaves out ('Bars under 5 are not drawn'). */
  readonly note: string
  /** Null when there is nothing to draw (every number withheld, or none): the table says why. */
  readonly chart: ReactNode | false | null
  readonly table: ReactNode
}) {
  const titleId = useId()
  return (
    <Paper component="figure" aria-labelledby={titleId} variant="outlined" sx={{ m: 0, p: 2, minWidth: 0 }}>
      <Typography component="figcaption" id={titleId} sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {note}
      </Typography>
      {chart === null || chart === false ? (
        <Typography variant="body2" sx={{ py: 2 }}>
          Nothing to draw: every number here is 0 or fewer than 5.
        </Typography>
      ) : (
        <Box aria-hidden="true" sx={{ height: 260 }}>
          {chart}
        </Box>
      )}
      {table}
    </Paper>
  )
}

/** A small table of a chart's numbers, as shown (counts under five as 'fewer than 5'). */
export function NumbersTable({
  caption,
  head,
  rows,
}: {
  readonly caption: string
  readonly head: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}) {
  return (
    <Table size="small" sx={{ mt: 1 }}>
      <caption style={{ captionSide: 'top', padding: 0, textAlign: 'left' }}>
        <Box component="span" sx={visuallyHidden}>
          {caption}
        </Box>
      </caption>
      <TableHead>
        <TableRow>
          {head.map((cell, index) => (
            <TableCell key={cell} scope="col" align={index === 0 ? 'left' : 'right'} sx={{ fontWeight: 600 }}>
              {cell}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={`${index}:${row[0]}`}>
            {row.map((cell, index) =>
              index === 0 ? (
                <TableCell key={index} component="th" scope="row">
                  {cell}
                </TableCell>
              ) : (
                <TableCell key={index} align="right">
                  {cell}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** A count as a bar's height: nothing drawn for a number from 1 to 4 (its bar would say it). */
const barOf = (count: ShownCount): number | null => count.shownValue

/** Counts of each kind (outcomes, decisions, sessions) as bars, with their table. */
export function CountChart<K extends string>({
  title,
  counts,
  what,
  unit,
}: {
  readonly title: string
  readonly counts: ReadonlyArray<Counted<K>>
  /** What each line is, in the table's heading ('Outcome'). */
  readonly what: string
  /** What is counted, in the table's heading ('Cases'). */
  readonly unit: string
}) {
  return (
    <ChartWithTable
      title={title}
      note="Counts to the nearest 5. A number from 1 to 4 is not drawn, and shown as ‘fewer than 5’, so that no family can be picked out."
      chart={
        counts.every((each) => !barOf(each.count)) ? null : (
          <BarChart
            skipAnimation
            disableKeyboardNavigation
            hideLegend
            layout="horizontal"
            yAxis={[{ scaleType: 'band', data: counts.map((each) => each.label), width: 170 }]}
            xAxis={[{ min: 0, tickMinStep: 1, valueFormatter: (value: number) => String(Math.round(value)) }]}
            series={[{ data: counts.map((each) => barOf(each.count)), label: unit }]}
            margin={{ right: 24 }}
          />
        )
      }
      table={
        <NumbersTable
          caption={title}
          head={[what, unit]}
          rows={counts.map((each) => [each.label, each.count.shown])}
        />
      }
    />
  )
}

/** A paired comparison's words for its table: rated both times, the medians, the change, left out. */
const pairedRow = (label: string, figure: PairedFigure): ReadonlyArray<string> => [
  label,
  figure.change.base.shown,
  figure.before.value === null ? '–' : figure.before.shown,
  figure.after.value === null ? '–' : figure.after.shown,
  figure.change.shown,
  shownCount(figure.leftOut).shown,
]

/**
 * Ratings at the first MIAM and at the end, paired: the medians of the parents rated both times, never a
 * change without how many that is (and how many were rated only once, and left out).
 */
export function PairedRatingsChart({
  conflict,
  communication,
}: {
  readonly conflict: PairedFigure
  readonly communication: PairedFigure
}) {
  const both = [conflict, communication]
  const drawn = both.some((each) => each.before.value !== null)
  return (
    <ChartWithTable
      title="Parents’ own ratings, at the first MIAM and at the end"
      note={`Medians of the parents rated both times (conflict: ${conflict.change.base.shown} parents; communication: ${communication.change.base.shown} parents). With fewer than 5 rated both times, nothing is drawn.`}
      chart={
        drawn && (
          <BarChart
            skipAnimation
            disableKeyboardNavigation
            xAxis={[
              { scaleType: 'band', data: ['Conflict (lower is better)', 'Communication (higher is better)'] },
            ]}
            yAxis={[{ min: 0, max: 10, tickMinStep: 1, width: 32 }]}
            series={[
              { data: both.map((each) => each.before.value), label: 'At the first MIAM' },
              { data: both.map((each) => each.after.value), label: 'At the end' },
            ]}
          />
        )
      }
      table={
        <NumbersTable
          caption="Parents’ own ratings, at the first MIAM and at the end"
          head={[
            'Rating',
            'Rated both times',
            'First MIAM (median)',
            'End (median)',
            'Change (median)',
            'Rated once, left out',
          ]}
          rows={[pairedRow('Conflict', conflict), pairedRow('Communication', communication)]}
        />
      }
    />
  )
}

/** A share as a bar's height in per cent, as shown (to the nearest 5%), or nothing where it is withheld. */
const percentOf = (figure: Figure): number | null =>
  figure.value === null ? null : percentShown(figure.value)

/** The share on time per month, for each statutory date, with its table. */
export function OnTimeByMonthChart({
  months,
}: {
  readonly months: ReadonlyArray<{
    readonly label: string
    readonly conference: Figure
    readonly decision: Figure
    readonly minutes: Figure
  }>
}) {
  const cell = (figure: Figure) =>
    figure.value === null ? figure.shown : `${figure.shown} of ${figure.base.shown}`
  return (
    <ChartWithTable
      title="On time, month by month"
      note="The share on time of the conferences whose dates are known. Shares to the nearest 5%, counts to the nearest 5. A month with fewer than 5, or where fewer than 5 were late or on time, is not drawn."
      chart={
        months.some((month) =>
          [month.conference, month.decision, month.minutes].some((each) => each.value !== null),
        ) && (
          <BarChart
            skipAnimation
            disableKeyboardNavigation
            xAxis={[{ scaleType: 'band', data: months.map((month) => month.label) }]}
            yAxis={[{ min: 0, max: 100, width: 40, valueFormatter: (value: number) => `${value}%` }]}
            series={[
              { data: months.map((month) => percentOf(month.conference)), label: 'Conference' },
              { data: months.map((month) => percentOf(month.decision)), label: 'Decision sent' },
              { data: months.map((month) => percentOf(month.minutes)), label: 'Minutes sent' },
            ]}
          />
        )
      }
      table={
        <NumbersTable
          caption="On time, month by month"
          head={['Month', 'Conference', 'Decision sent', 'Minutes sent']}
          rows={months.map((month) => [
            month.label,
            cell(month.conference),
            cell(month.decision),
            cell(month.minutes),
          ])}
        />
      }
    />
  )
}
