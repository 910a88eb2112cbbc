import { useState, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Finding } from '../../shared/language/analyse.ts'
import type { MeetingLanguageReport, NoteFinding } from '../../shared/language/meeting-language.ts'
import { languageCategoryTitles } from '../../shared/language/rule-files.ts'
import type { Note } from '../../shared/model/notes.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { NoteEditor } from '../live/note-editor.tsx'
import { useLanguageTools } from './language-tools.tsx'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

/**
 * How many notes are listed at first, and how many more each 'Show more' adds: a long meeting can have
 * thousands of notes with suggestions, and listing them all at once froze the page.
 */
const pageSize = 60

/** A note's text with each wording the assistant would change marked. */
function MarkedText({
  text,
  findings,
}: {
  readonly text: string
  readonly findings: ReadonlyArray<Finding>
}) {
  const parts: ReactNode[] = []
  let at = 0
  for (const finding of findings) {
    if (finding.start < at) continue
    parts.push(text.slice(at, finding.start))
    parts.push(<mark key={finding.start}>{text.slice(finding.start, finding.end)}</mark>)
    at = finding.end
  }
  parts.push(text.slice(at))
  return (
    <Typography
      component="p"
      sx={{
        '& mark': {
          bgcolor: 'transparent',
          color: 'inherit',
          fontWeight: 600,
          textDecorationLine: 'underline',
          textDecorationStyle: 'wavy',
          textDecorationColor: (theme) => theme.vars?.palette.warning.main ?? theme.palette.warning.main,
        },
      }}
    >
      <bdi>{parts}</bdi>
    </Typography>
  )
}

/** Every open suggestion in the meeting, section by section and note by note, each to reword or keep. */
export function LanguageFindings({ report }: { readonly report: MeetingLanguageReport }) {
  const { meeting, send } = useMeetingContext()
  const tools = useLanguageTools()
  const [editing, setEditing] = useState<string | null>(null)
  const [shown, setShown] = useState(pageSize)
  const notes = new Map<string, Note>(meeting.notes.map((note) => [note.id, note]))
  const byNote = new Map<string, NoteFinding[]>()
  for (const item of report.findings) byNote.set(item.noteId, [...(byNote.get(item.noteId) ?? []), item])
  const noteIds = [...byNote.keys()]
  const shownIds = new Set(noteIds.slice(0, shown))
  const sections = meeting.agenda
    .map((section) => ({
      section,
      items: [...shownIds].filter((id) => byNote.get(id)?.[0]?.sectionKey === section.key),
    }))
    .filter(({ items }) => items.length > 0)

  return (
    <Paper component="section" aria-labelledby="language-findings" sx={{ p: 2 }}>
      <Typography variant="h3" component="h2" id="language-findings" tabIndex={-1} sx={{ mb: 1 }}>
        Suggestions, note by note
      </Typography>
      {report.findings.length === 0 && (
        <Typography color="text.secondary">
          No suggestions: the notes read as respectful, specific and plain.
        </Typography>
      )}
      {sections.map(({ section, items }) => (
        <Box key={section.key} component="section" aria-labelledby={`findings-${section.key}`} sx={{ mb: 2 }}>
          <Typography variant="h3" id={`findings-${section.key}`} sx={{ fontSize: '1rem', my: 1 }}>
            {section.heading}
          </Typography>
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {items.map((noteId) => {
              const note = notes.get(noteId)
              const found = byNote.get(noteId) ?? []
              if (!note) return null
              return (
                <Box
                  component="li"
                  key={noteId}
                  sx={{ borderLeft: 3, borderColor: 'warning.main', pl: 1.5, py: 0.5 }}
                >
                  {editing === noteId ? (
                    <NoteEditor
                      note={note}
                      actions={{
                        saveEdit: async (id, text) =>
                          (await send({ type: 'edit-note', noteId: id, text })).ok,
                        cancelEdit: () => setEditing(null),
                      }}
                    />
                  ) : (
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                      <Box sx={{ flexGrow: 1 }}>
                        <MarkedText text={note.text} findings={found.map((item) => item.finding)} />
                      </Box>
                      <Button size="small" variant="outlined" onClick={() => setEditing(noteId)}>
                        Reword this note
                      </Button>
                    </Stack>
                  )}
                  <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
                    {found.map(({ finding }) => (
                      <Box component="li" key={`${finding.ruleId}:${finding.start}`} sx={{ mb: 0.5 }}>
                        <Typography variant="body2">
                          <strong>
                            ‘{finding.match}’: {languageCategoryTitles[finding.category]}.
                          </strong>{' '}
                          {finding.reason}
                          {finding.suggestions.length > 0 &&
                            ` Instead: ${finding.suggestions.map((text) => `‘${text}’`).join(' or ')}.`}
                        </Typography>
                        <Stack direction="row" spacing={1}>
                          <Button
                            size="small"
                            onClick={(event) => {
                              tools.keep({ ruleId: finding.ruleId, match: finding.match, noteId })
                              focusNextKeep(event.currentTarget)
                            }}
                            aria-label={`Keep in this note: ‘${finding.match}’`}
                          >
                            Keep in this note
                          </Button>
                          <Button
                            size="small"
                            onClick={() =>
                              tools.keep({ ruleId: finding.ruleId, match: finding.match, noteId: null })
                            }
                            aria-label={`Keep in this meeting: ‘${finding.match}’`}
                          >
                            Keep in this meeting
                          </Button>
                        </Stack>
                      </Box>
                    ))}
                  </Box>
                </Box>
              )
            })}
          </Stack>
        </Box>
      ))}
      {noteIds.length > shown && (
        <Button onClick={() => setShown((current) => current + pageSize)}>
          Show {Math.min(pageSize, noteIds.length - shown)} more of the{' '}
          {noteIds.length.toLocaleString('en-GB')} notes with suggestions
        </Button>
      )}
    </Paper>
  )
}

const keepButtons = '[aria-label^="Keep in this note"]'

/**
 * A suggestion kept goes from the list with its button: the focus goes on to the next suggestion's, so
 * someone going through the list by keyboard carries on from where they were (the list's heading when
 * none is left).
 */
function focusNextKeep(button: HTMLElement): void {
  const at = [...document.querySelectorAll(keepButtons)].indexOf(button)
  focusAfterDrawing(() => {
    const left = [...document.querySelectorAll<HTMLElement>(keepButtons)]
    return left[at] ?? left.at(-1) ?? document.getElementById('language-findings')
  })
}
