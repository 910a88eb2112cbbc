import { useEffect, useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { formatBritishDate } from '../../shared/dates/british-date.ts'
import { isConference, type ConferenceMeetingValue, type Meeting } from '../../shared/meeting/meeting.ts'
import type { ProjectedMeeting } from '../../shared/meeting/project.ts'
import { displayNames } from '../../shared/rules/people.ts'
import { statementWording } from '../../shared/rules/danger-statement.ts'
import { convene, useConveneEvent } from '../api/convene.ts'
import { BoardView } from '../live/board-view.tsx'
import { NoteStyles } from '../live/note-styles.tsx'
import type { DisplayNote } from '../live/display-note.ts'
import { markInteractive } from '../app/ready-mark.ts'
import { assertNever } from '../../shared/util/assert-never.ts'
import { NameList } from '../common/names.tsx'

/**
 * The screen shown to the room: the board in large type, live as notes are added, for working things out
 * with the family. It receives only the family's projection of the meeting, so a note heard in a closed part never reaches this
 * page, and there are no editing tools on it. Only kinds with a room view are shown here.
 */
export function PresenterScreen({ meetingId }: { readonly meetingId: string }) {
  const [projected, setProjected] = useState<ProjectedMeeting | null>(null)
  const view: Meeting | null = projected?.meeting ?? null
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    void convene()
      .meetings.roomView(meetingId)
      .then((result) => (result.ok ? setProjected(result.value) : setProblem(result.error.message)))
  }, [meetingId])
  useConveneEvent('room-view-changed', ({ view: next }) => {
    if (next.meeting.id === meetingId)
      setProjected((shown) => (shown && shown.meeting.revision >= next.meeting.revision ? shown : next))
  })
  useEffect(() => {
    if (view) markInteractive()
  }, [view])
  const names = useMemo(
    () => displayNames((view?.participants ?? []).map((person) => ({ ...person, agency: '' }))),
    [view?.participants],
  )
  const notes = useMemo<ReadonlyArray<DisplayNote>>(
    () => (view?.notes ?? []).map((note) => ({ ...note, state: 'saved' as const })),
    [view?.notes],
  )
  const extras = useMemo(() => (view && isConference(view) ? sectionExtras(view) : {}), [view])
  if (problem) {
    return (
      <Box component="main" sx={{ p: 4 }}>
        <Alert severity="error">{problem}</Alert>
      </Box>
    )
  }
  if (!view) return <Box component="main" aria-busy="true" sx={{ p: 4 }} />
  return (
    <Box component="main" sx={{ p: { xs: 2, md: 4 }, minHeight: '100vh', bgcolor: 'background.default' }}>
      <NoteStyles />
      <Typography variant="h1" sx={{ fontSize: '2.4rem', mb: 0.5 }}>
        Our meeting with the <bdi>{view.familyName}</bdi> family
      </Typography>
      <Typography sx={{ fontSize: '1.3rem', color: 'text.secondary', mb: 3 }}>
        {formatBritishDate(view.date)}
        {view.children.length > 0 && (
          <>
            {' · About '}
            <NameList names={view.children.map((child) => child.knownAs || child.name)} />
          </>
        )}
      </Typography>
      <BoardView
        agenda={view.agenda}
        notes={notes}
        names={names}
        currentKey={view.live.currentSectionKey}
        large
        wrap
        headingLevel="h2"
        extras={extras}
      />
    </Box>
  )
}

/** What the room sees above the notes of the special sections: the children's words, the scale, the plan. */
function sectionExtras(view: ConferenceMeetingValue): Record<string, React.ReactNode> {
  const extras: Record<string, React.ReactNode> = {}
  const names = new Map(view.participants.map((person) => [person.id, person.name]))
  for (const section of view.agenda) {
    switch (section.kind) {
      case 'notes':
        break
      case 'childs-voice':
        extras[section.key] = view.record.childViews
          .filter((childView) => childView.words.trim() !== '')
          .map((childView) => {
            const child = view.children.find((candidate) => candidate.id === childView.childId)
            return (
              <Box key={childView.childId} sx={{ ...roomCard, borderColor: 'secondary.main' }}>
                <Typography sx={{ fontSize: '1.35rem', fontStyle: 'italic' }}>“{childView.words}”</Typography>
                <Typography sx={{ fontSize: '1.05rem', mt: 0.5 }}>
                  — <bdi>{child?.knownAs || child?.name}</bdi>
                </Typography>
              </Box>
            )
          })
        break
      case 'scaling': {
        const scored = view.record.scaling.scores.filter((score) => score.score !== null)
        extras[section.key] = (
          <>
            {scored.length > 0 && (
              <Box component="ul" sx={{ m: 0, pl: 3, fontSize: '1.2rem' }}>
                {scored.map((score) => (
                  <li key={score.personId}>
                    <bdi>{names.get(score.personId)}</bdi>: {score.score}
                  </li>
                ))}
              </Box>
            )}
            {view.record.scaling.dangerStatements.map((statement) => (
              <Box key={statement.id} sx={{ ...roomCard, fontSize: '1.15rem' }}>
                <Wording kind="danger" written={statement.danger} childCount={view.children.length} />
                {statement.safetyGoal.trim() && (
                  <>
                    <br />
                    <Wording kind="goal" written={statement.safetyGoal} childCount={view.children.length} />
                  </>
                )}
              </Box>
            ))}
          </>
        )
        break
      }
      case 'plan-progress':
        extras[section.key] = view.record.planActions.map((action) => (
          <Box key={action.id} sx={{ ...roomCard, fontSize: '1.15rem' }}>
            {action.what}
            {action.progress.at(-1)?.note ? ` · ${action.progress.at(-1)?.note}` : ''}
          </Box>
        ))
        break
      default:
        assertNever(section.kind, 'section kind')
    }
  }
  return extras
}

/** A danger statement or safety goal, with its opening in bold where the chair did not write one. */
function Wording({
  kind,
  written,
  childCount,
}: {
  readonly kind: 'danger' | 'goal'
  readonly written: string
  /** How many children the meeting is about. */
  readonly childCount: number
}) {
  const { opening, text } = statementWording(kind, written, childCount)
  return opening ? (
    <>
      <strong>{opening}</strong> <bdi>{text}</bdi>
    </>
  ) : (
    <bdi>{text}</bdi>
  )
}

/** A card on the room's screen: the child's words, a danger statement, an action of the plan. */
const roomCard = {
  p: 2,
  borderRadius: 1.5,
  bgcolor: 'background.paper',
  border: 1,
  borderColor: 'divider',
} as const
