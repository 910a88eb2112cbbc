import { useState } from 'react'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { CaseCommand } from '../../shared/case/case-commands.ts'
import {
  courtOutcomeLabels,
  courtOutcomes,
  ratingTimes,
  type CaseRecord,
  type CourtOutcome,
  type PartyRating,
  type RatingTime,
} from '../../shared/case/case-record.ts'
import type { CaseParty } from '../../shared/case/case-parties.ts'
import { BritishDateField } from '../common/british-date-field.tsx'
import { SavedCheckbox } from '../mediation/saved-checkbox.tsx'

const timeLabels: Readonly<Record<RatingTime, string>> = {
  'first-miam': 'At their first MIAM',
  end: 'At the end',
}

const scale = Array.from({ length: 11 }, (_, value) => value)

/**
 * The pilot's outcome measures for a case (issue 18): when it was referred, each parent's own ratings of
 * the conflict and of how they communicate, at their first MIAM and at the end, whether communication
 * skills coaching was given and whether the matter went to court. They leave the laptop only as numbers,
 * with no name, in the outcomes file.
 */
export function CaseMeasures({
  record,
  parties,
  apply,
}: {
  readonly record: CaseRecord
  readonly parties: ReadonlyArray<CaseParty>
  readonly apply: (command: CaseCommand) => void
}) {
  return (
    <Paper component="section" aria-labelledby="case-measures-heading" sx={{ p: 3 }}>
      <Typography variant="h2" id="case-measures-heading" sx={{ mb: 1 }}>
        Outcome measures
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
        For the pilot’s steering group. Ask each parent on their own to rate, from 0 to 10, how much conflict
        there is between them (0 none, 10 the most) and how well they communicate (0 not at all, 10 very
        well). Only the numbers leave this laptop, in the outcomes file, with no name.
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' }, mb: 2 }}>
        <BritishDateField
          id="case-referred-on"
          label="Referred on"
          hint="Weeks to the outcome count from this day"
          value={record.referredOn}
          onChange={(referredOn) => apply({ type: 'update-case-details', referredOn })}
        />
        <TextField
          id="case-court"
          select
          label="Did the matter go to court?"
          value={record.measures.court}
          onChange={(event) => apply({ type: 'update-measures', court: event.target.value as CourtOutcome })}
          slotProps={{ select: { native: true } }}
        >
          {courtOutcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {courtOutcomeLabels[outcome]}
            </option>
          ))}
        </TextField>
      </Box>
      <SavedCheckbox
        id="case-coaching"
        label="Communication skills coaching was given"
        checked={record.measures.coachingGiven}
        onChange={(coachingGiven) => apply({ type: 'update-measures', coachingGiven })}
      />
      {parties.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          The parents’ ratings can be recorded once they are added to a MIAM.
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { lg: '1fr 1fr' }, mt: 2 }}>
          {parties.map((party) => (
            <Box
              component="fieldset"
              key={party.id}
              sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}
            >
              <Typography component="legend" sx={{ fontWeight: 600, px: 0.5 }}>
                <bdi>{party.name}</bdi>’s own ratings
              </Typography>
              {ratingTimes.map((when) => (
                <RatingPair
                  key={when}
                  partyId={party.id}
                  partyName={party.name}
                  when={when}
                  saved={record.measures.ratings[party.id]?.[when] ?? null}
                  apply={apply}
                />
              ))}
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  )
}

type Pair = { readonly conflict: number | null; readonly communication: number | null }

/** Conflict and communication at one time: saved once both are chosen; cleared when either is. */
function RatingPair({
  partyId,
  partyName,
  when,
  saved,
  apply,
}: {
  readonly partyId: string
  readonly partyName: string
  readonly when: RatingTime
  readonly saved: PartyRating | null
  readonly apply: (command: CaseCommand) => void
}) {
  const [pair, setPair] = useState<Pair>(saved ?? { conflict: null, communication: null })
  const choose = (patch: Partial<Pair>) => {
    const next = { ...pair, ...patch }
    setPair(next)
    if (next.conflict !== null && next.communication !== null)
      apply({
        type: 'record-rating',
        partyId,
        when,
        rating: { conflict: next.conflict, communication: next.communication },
      })
    else if (saved) apply({ type: 'record-rating', partyId, when, rating: null })
  }
  const field = (key: keyof Pair, label: string) => (
    <TextField
      id={`rating-${partyId}-${when}-${key}`}
      select
      size="small"
      fullWidth={false}
      label={label}
      value={pair[key] === null ? '' : String(pair[key])}
      onChange={(event) => choose({ [key]: event.target.value === '' ? null : Number(event.target.value) })}
      slotProps={{
        select: { native: true },
        // 'Not rated' is a value to read, not an empty field: the label sits above it.
        inputLabel: { shrink: true },
        htmlInput: {
          'aria-label': `${partyName}, ${timeLabels[when]}: ${label}`,
        },
      }}
      sx={{ minWidth: 150 }}
    >
      <option value="">Not rated</option>
      {scale.map((value) => (
        <option key={value} value={value}>
          {value}
        </option>
      ))}
    </TextField>
  )
  return (
    <Box sx={{ mt: 1.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>
        {timeLabels[when]}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {field('conflict', 'Conflict')}
        {field('communication', 'Communication')}
      </Box>
      {(pair.conflict === null) !== (pair.communication === null) && (
        <Typography variant="body2" role="status" sx={{ mt: 0.5, fontWeight: 600 }}>
          Not kept yet: choose both to keep this time’s ratings.
        </Typography>
      )}
    </Box>
  )
}
