import { visuallyHidden } from '@mui/utils'
import { useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import type { DangerStatement, ScaleScore } from '../../shared/kinds/conference/records.ts'
import { scalePeople, sortPeople } from '../../shared/rules/people.ts'
import type { ScalingSettings } from '../../shared/settings/settings.ts'
import { isConference } from '../../shared/meeting/meeting.ts'
import { useConferenceContext } from '../meeting/meeting-context.tsx'
import { useSettings } from '../settings/use-settings.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'
import { useFocusWhenDrawn } from '../common/use-focus-when-drawn.ts'

const defaultScale: ScalingSettings = { zeroMeans: 'Not safe', tenMeans: 'Safe enough', higherIsSafer: true }

/** Everyone's place on the safety scale, side by side, and up to four danger statements with safety goals. */
export function ScalingPanel() {
  const { meeting, names, send } = useConferenceContext()
  const scale = useSettings()?.scaling ?? defaultScale
  const scored = new Set(
    meeting.record.scaling.scores
      .filter((score) => score.score !== null || score.why.trim() !== '')
      .map((score) => score.personId),
  )
  const people = sortPeople(scalePeople(meeting, scored))
  const scoreOf = (personId: string): ScaleScore | undefined =>
    meeting.record.scaling.scores.find((score) => score.personId === personId)
  const placed = meeting.record.scaling.scores.filter((score) => score.score !== null)
  const counted = new Map<number, number>()
  const levels = placed.map((score) => {
    const level = counted.get(score.score ?? 0) ?? 0
    counted.set(score.score ?? 0, level + 1)
    return level
  })
  const tallest = Math.max(1, ...counted.values())
  const statements = meeting.record.scaling.dangerStatements
  // The new statement takes the focus as it is drawn.
  const focusWhenDrawn = useFocusWhenDrawn()
  const addStatement = (): void =>
    void send({
      type: 'add-danger-statement',
      statementId: crypto.randomUUID(),
      statement: { danger: '', safetyGoal: '' },
    }).then((result) => {
      if (result.ok && isConference(result.value))
        focusWhenDrawn(`danger-${result.value.record.scaling.dangerStatements.length - 1}`)
    })
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Paper sx={{ p: 2 }}>
        <Typography variant="h3" sx={{ mb: 1 }}>
          The safety scale
        </Typography>
        <Box aria-hidden sx={{ position: 'relative', height: 64, mx: 2, mt: `${24 + 20 * (tallest - 1)}px` }}>
          <Box
            sx={{
              position: 'absolute',
              top: 28,
              left: 0,
              right: 0,
              height: 6,
              borderRadius: 3,
              background: scale.higherIsSafer
                ? 'linear-gradient(90deg, #b3261e, #8a5300, #2e6b34)'
                : 'linear-gradient(90deg, #2e6b34, #8a5300, #b3261e)',
            }}
          />
          {Array.from({ length: 11 }, (_, value) => (
            <Typography
              key={value}
              variant="caption"
              sx={{ position: 'absolute', top: 40, left: `${value * 10}%`, transform: 'translateX(-50%)' }}
            >
              {value}
            </Typography>
          ))}
          {placed.map((score, index) => {
            const name = names.get(score.personId) ?? '?'
            // People who gave the same score stand one above the other, never one over the other.
            const level = levels[index] ?? 0
            const initials = name
              .split(/\s+/)
              .map((part) => part[0] ?? '')
              .slice(0, 2)
              .join('')
            return (
              <Tooltip key={score.personId} title={`${name}: ${score.score}`}>
                <Box
                  sx={{
                    position: 'absolute',
                    top: -20 * level,
                    left: `${(score.score ?? 0) * 10}%`,
                    transform: 'translateX(-50%)',
                    bgcolor: 'primary.main',
                    color: 'primary.contrastText',
                    borderRadius: 4,
                    px: 0.75,
                    fontSize: 12,
                    fontWeight: 700,
                  }}
                >
                  {initials}
                </Box>
              </Tooltip>
            )
          })}
        </Box>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, mt: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ maxWidth: '45%' }}>
            0: {scale.zeroMeans}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ maxWidth: '45%', textAlign: 'right' }}>
            10: {scale.tenMeans}
          </Typography>
        </Box>
        <Box
          component="ul"
          sx={{ listStyle: 'none', p: 0, m: 0, mt: 2, display: 'grid', gap: 1.5 }}
          aria-label="Scores"
        >
          {people.length === 0 && (
            <Typography color="text.secondary">
              Add people on the Before the meeting tab to record their scores.
            </Typography>
          )}
          {people.map((person) => (
            <ScoreRow
              key={person.id}
              personId={person.id}
              name={names.get(person.id) ?? person.name}
              score={scoreOf(person.id)}
            />
          ))}
        </Box>
      </Paper>
      <Paper sx={{ p: 2 }}>
        <Typography variant="h3" sx={{ mb: 1 }}>
          Danger statements and safety goals
        </Typography>
        <Box sx={{ display: 'grid', gap: 2 }}>
          {statements.map((statement, index) => (
            <DangerRow key={statement.id} statement={statement} index={index} />
          ))}
          <Box>
            <Button
              id="add-danger-statement"
              startIcon={<Add />}
              disabled={statements.length >= 4}
              onClick={addStatement}
            >
              {statements.length >= 4 ? 'Four danger statements is the most' : 'Add a danger statement'}
            </Button>
          </Box>
        </Box>
      </Paper>
    </Box>
  )
}

function ScoreRow({
  personId,
  name,
  score,
}: {
  readonly personId: string
  readonly name: string
  readonly score: ScaleScore | undefined
}) {
  const { send } = useConferenceContext()
  const [why, setWhy] = useState(score?.why ?? '')
  return (
    <Box
      component="li"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '200px 140px 1fr' },
        gap: 1.5,
        alignItems: 'start',
      }}
    >
      <Typography sx={{ pt: 1 }}>
        <bdi>{name}</bdi>
      </Typography>
      <TextField
        select
        size="small"
        // Named with whose score it is: a screen reader's list of fields has one 'Score' per person.
        label={
          <>
            Score
            <Box component="span" sx={visuallyHidden}>
              {' '}
              given by <bdi>{name}</bdi>
            </Box>
          </>
        }
        id={`score-${personId}`}
        value={score?.score === null || score?.score === undefined ? '' : String(score.score)}
        onChange={(event) =>
          void send(
            {
              type: 'set-score',
              personId,
              patch: { score: event.target.value === '' ? null : Number(event.target.value) },
            },
            `score:${personId}`,
          )
        }
      >
        <MenuItem value="">Not given</MenuItem>
        {Array.from({ length: 11 }, (_, value) => (
          <MenuItem key={value} value={String(value)}>
            {value}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={`Why ${name} chose this`}
        id={`score-why-${personId}`}
        value={why}
        onChange={(event) => {
          setWhy(event.target.value)
          void send(
            { type: 'set-score', personId, patch: { why: event.target.value } },
            `score-why:${personId}`,
          )
        }}
      />
    </Box>
  )
}

function DangerRow({ statement, index }: { readonly statement: DangerStatement; readonly index: number }) {
  const { send } = useConferenceContext()
  const [danger, setDanger] = useState(statement.danger)
  const [goal, setGoal] = useState(statement.safetyGoal)
  const update = (patch: Partial<Omit<DangerStatement, 'id'>>, field: string): void =>
    void send(
      { type: 'update-danger-statement', statementId: statement.id, patch },
      `danger:${statement.id}:${field}`,
    )
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr auto' },
        gap: 1.5,
        alignItems: 'start',
      }}
    >
      <TextField
        id={`danger-${index}`}
        label={`Danger statement ${index + 1}`}
        value={danger}
        multiline
        onChange={(event) => {
          setDanger(event.target.value)
          update({ danger: event.target.value }, 'danger')
        }}
        helperText="What we are worried will happen, if nothing changes"
      />
      <TextField
        id={`goal-${index}`}
        label={`Safety goal ${index + 1}`}
        value={goal}
        multiline
        onChange={(event) => {
          setGoal(event.target.value)
          update({ safetyGoal: event.target.value }, 'goal')
        }}
        helperText="What needs to be true for everyone to feel the child is safe"
      />
      <IconButton
        aria-label={`Remove danger statement ${index + 1}`}
        onClick={() => {
          void send({ type: 'remove-danger-statement', statementId: statement.id })
          focusAfterDrawing('#add-danger-statement')
        }}
        sx={{ mt: 1 }}
      >
        <DeleteOutlined />
      </IconButton>
    </Box>
  )
}
