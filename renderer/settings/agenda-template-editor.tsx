import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import Add from '@mui/icons-material/Add'
import ArrowDownward from '@mui/icons-material/ArrowDownward'
import ArrowUpward from '@mui/icons-material/ArrowUpward'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import type { AgendaSection, SectionKind } from '../../shared/model/agenda.ts'
import { uniqueSlug } from '../../shared/text/unique-slug.ts'
import { focusAfterDrawing } from '../common/focus-after-drawing.ts'

const kindNotes: Readonly<Record<SectionKind, string>> = {
  notes: '',
  'childs-voice': "Also records how each child's views were gathered.",
  scaling: 'Also holds the safety scale and the danger statements.',
  'plan-progress': "Also records progress on each of the plan's actions.",
}

/** A key for a new section, from its heading, unlike any other key on the agenda. */
const keyFor = (heading: string, taken: ReadonlyArray<string>): string =>
  uniqueSlug(heading, (key) => taken.includes(key), { maxLength: 32, fallback: 'section' })

/** Edits one kind of meeting's agenda: headings, prompts, order; sections can be added and removed. */
export function AgendaTemplateEditor({
  sections,
  onChange,
}: {
  readonly sections: ReadonlyArray<AgendaSection>
  readonly onChange: (sections: AgendaSection[]) => void
}) {
  const update = (index: number, change: Partial<AgendaSection>): void =>
    onChange(sections.map((section, at) => (at === index ? { ...section, ...change } : section)))
  const move = (index: number, by: number): void => {
    const next = [...sections]
    const [moved] = next.splice(index, 1)
    if (moved) next.splice(index + by, 0, moved)
    onChange(next)
  }
  return (
    <Stack spacing={2}>
      {sections.map((section, index) => (
        <Box
          key={section.key}
          role="group"
          aria-label={`Section ${index + 1}`}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '1fr 2fr auto' },
            gap: 1.5,
            alignItems: 'start',
            p: 1.5,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1.5,
          }}
        >
          <TextField
            label={`Heading ${index + 1}`}
            value={section.heading}
            onChange={(event) => update(index, { heading: event.target.value })}
            error={section.heading.trim() === ''}
            helperText={
              section.heading.trim() === '' ? 'Every section needs a heading' : kindNotes[section.kind] || ' '
            }
          />
          <TextField
            label="Prompt"
            value={section.prompt}
            onChange={(event) => update(index, { prompt: event.target.value })}
            multiline
            helperText="The question the chair asks the room"
          />
          <Stack direction="row">
            <IconButton
              id={`agenda-${section.key}-up`}
              aria-label={`Move ${section.heading || 'this section'} up`}
              disabled={index === 0}
              onClick={() => {
                move(index, -1)
                // Moved to the top, this button is disabled: the focus goes to the section's other one.
                focusAfterDrawing(`#${CSS.escape(`agenda-${section.key}-down`)}`)
              }}
            >
              <ArrowUpward />
            </IconButton>
            <IconButton
              id={`agenda-${section.key}-down`}
              aria-label={`Move ${section.heading || 'this section'} down`}
              disabled={index === sections.length - 1}
              onClick={() => {
                move(index, 1)
                focusAfterDrawing(`#${CSS.escape(`agenda-${section.key}-up`)}`)
              }}
            >
              <ArrowDownward />
            </IconButton>
            <IconButton
              aria-label={`Remove ${section.heading || 'this section'}`}
              disabled={sections.length === 1}
              onClick={() => {
                onChange(sections.filter((_, at) => at !== index))
                focusAfterDrawing('#add-agenda-section')
              }}
            >
              <DeleteOutlined />
            </IconButton>
          </Stack>
        </Box>
      ))}
      <Box>
        <Button
          id="add-agenda-section"
          startIcon={<Add />}
          disabled={sections.length >= 12}
          onClick={() =>
            onChange([
              ...sections,
              {
                key: keyFor(
                  'new section',
                  sections.map((section) => section.key),
                ),
                heading: 'New section',
                prompt: '',
                kind: 'notes',
              },
            ])
          }
        >
          Add a section
        </Button>
        {sections.length >= 12 && (
          <Typography variant="body2" color="text.secondary">
            An agenda can have at most 12 sections.
          </Typography>
        )}
      </Box>
    </Stack>
  )
}
