import { useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import FileOpenOutlined from '@mui/icons-material/FileOpenOutlined'
import {
  defaultQuestionSet,
  mostQuestionSetBytes,
  readQuestionSetFile,
  type QuestionSet,
} from '../../shared/kinds/mediation/screening.ts'
import { readTextFile } from '../../shared/text/decode-text.ts'
import { formatCountOf } from '../../shared/text/format-count.ts'

type Props = {
  readonly value: QuestionSet | null
  readonly onChange: (value: QuestionSet | null) => void
}

/**
 * The MIAM screening questions: Convene's own, or a service's own set loaded as a whole from a file (a
 * licensed instrument may not be altered, so no question is edited here). A MIAM already started keeps the
 * set it was started with.
 */
export function ScreeningQuestionsEditor({ value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<{
    readonly severity: 'info' | 'error'
    readonly text: string
  } | null>(null)
  const shown = value ?? defaultQuestionSet
  const load = async (file: File): Promise<void> => {
    if (file.size > mostQuestionSetBytes) {
      setMessage({
        severity: 'error',
        text: 'This file is far too large to be a set of screening questions.',
      })
      return
    }
    const text = await readTextFile(file)
    if (!text.ok) return setMessage({ severity: 'error', text: text.problem })
    const read = readQuestionSetFile(text.text)
    if (!read.ok) return setMessage({ severity: 'error', text: read.problem })
    onChange(read.value)
    setMessage({
      severity: 'info',
      text: `Read ‘${read.value.name}’: ${formatCountOf(read.value.questions.length, 'question')}. Save settings to use it for new MIAMs.`,
    })
  }
  return (
    <Box>
      <Typography id="screening-set" sx={{ mb: 1 }}>
        New MIAMs ask {value ? 'your service’s questions' : 'Convene’s own questions'}: ‘{shown.name}’,{' '}
        {formatCountOf(shown.questions.length, 'question')}. A MIAM already started keeps the questions it was
        started with.
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          variant="outlined"
          startIcon={<FileOpenOutlined />}
          onClick={() => input.current?.click()}
          id="load-screening-questions"
          aria-describedby="screening-set"
        >
          Load your service’s questions…
        </Button>
        {value && (
          <Button
            color="warning"
            onClick={() => {
              onChange(null)
              setMessage({ severity: 'info', text: 'Save settings to go back to Convene’s own questions.' })
            }}
          >
            Use Convene’s own questions
          </Button>
        )}
      </Stack>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Screening questions file to load"
        data-testid="screening-questions-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void load(file)
        }}
      />
      {message && (
        <Alert
          severity={message.severity}
          role={message.severity === 'error' ? 'alert' : 'status'}
          sx={{ mt: 2 }}
        >
          {message.text}
        </Alert>
      )}
    </Box>
  )
}
