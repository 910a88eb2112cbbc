import { useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import { CouncilAcronymSchema, type CouncilAcronym } from '../../shared/language/language-settings.ts'

type Props = {
  readonly value: ReadonlyArray<CouncilAcronym>
  readonly onChange: (value: CouncilAcronym[]) => void
}

type Form = { term: string; expansion: string }
const emptyForm: Form = { term: '', expansion: '' }

/**
 * The council's own acronyms (its teams, panels and services): the assistant asks for each to be written
 * out the first time, and every document's glossary explains it. One with the same letters as a built-in
 * acronym replaces its meaning.
 */
export function CouncilAcronymsEditor({ value, onChange }: Props) {
  const [form, setForm] = useState<Form>(emptyForm)
  const [problems, setProblems] = useState<Partial<Record<keyof Form, string>>>({})
  const add = (): void => {
    const checked = CouncilAcronymSchema.safeParse(form)
    if (!checked.success) {
      setProblems(
        Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
      )
      return
    }
    if (value.some((acronym) => acronym.term === checked.data.term)) {
      setProblems({ term: `‘${checked.data.term}’ is already in the list: remove it first to change it` })
      return
    }
    onChange([...value, checked.data])
    setForm(emptyForm)
    setProblems({})
  }
  const field = (name: keyof Form) => ({
    id: `acronym-${name}`,
    value: form[name],
    error: problems[name] !== undefined,
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  })
  return (
    <Box component="section" aria-labelledby="council-acronyms">
      <Typography variant="h3" id="council-acronyms" sx={{ mb: 1 }}>
        Your council&apos;s own acronyms
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        Explained the first time they are used in a meeting, and in the glossary of every document.
      </Typography>
      {value.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          None yet.
        </Typography>
      ) : (
        <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, mb: 2 }}>
          {value.map((acronym) => (
            <Stack
              component="li"
              key={acronym.term}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'center' }}
            >
              <Typography sx={{ flexGrow: 1 }}>
                <strong>{acronym.term}</strong>: {acronym.expansion}
              </Typography>
              <IconButton
                aria-label={`Remove the acronym ${acronym.term}`}
                onClick={() => onChange(value.filter((item) => item.term !== acronym.term))}
              >
                <DeleteOutlined />
              </IconButton>
            </Stack>
          ))}
        </Stack>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '200px 1fr' } }}>
        <TextField {...field('term')} label="Short form" helperText={problems.term ?? 'For example CSPR'} />
        <TextField
          {...field('expansion')}
          label="What it stands for"
          helperText={problems.expansion ?? 'In words the family would use'}
        />
      </Box>
      <Button variant="outlined" onClick={add} id="add-council-acronym">
        Add this acronym
      </Button>
    </Box>
  )
}
