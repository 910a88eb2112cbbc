import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import type { Figure, ShownCount } from '../../shared/outcomes/figures.ts'

/** One headline figure: what it is, its value (or why it is not shown), and what it stands on. */
export type Headline = {
  readonly label: string
  readonly value: string
  /** 'on 14 cases', 'of 38 parents invited'. */
  readonly base: string
}

/** A share, median or change as a headline, saying how many it stands on. */
export function figureHeadline(label: string, figure: Figure, of: string): Headline {
  const base = `${of === 'parents' ? 'of' : 'on'} ${figure.base.shown} ${of}`
  if (figure.value !== null) return { label, value: figure.shown, base }
  if (figure.base.count === 0) return { label, value: 'No figure', base: `${base}: nothing to count` }
  // Withheld on 5 or more: the part, or the rest, is from 1 to 4.
  return {
    label,
    value: 'Not shown',
    base:
      figure.base.count < 5
        ? base
        : `${base}: fewer than 5 one way or the other, so no family can be picked out`,
  }
}

/** A count as a headline. */
export function countHeadline(label: string, count: ShownCount, base: string): Headline {
  return { label, value: count.shown, base }
}

/** The headline figures in a row of cards; a list for screen readers, each read as one line. */
export function HeadlineCards({
  label,
  headlines,
}: {
  readonly label: string
  readonly headlines: ReadonlyArray<Headline>
}) {
  return (
    <Box
      component="ul"
      aria-label={label}
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))',
      }}
    >
      {headlines.map((headline) => (
        <Paper component="li" variant="outlined" key={headline.label} sx={{ p: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            {headline.label}
          </Typography>
          <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.3 }}>
            {headline.value}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {headline.base}
          </Typography>
        </Paper>
      ))}
    </Box>
  )
}
