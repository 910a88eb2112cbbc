import { useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import FileOpenOutlined from '@mui/icons-material/FileOpenOutlined'
import type { BankHolidayRegion } from '../../shared/calendar/bank-holidays.ts'
import {
  describeCalendar,
  maxBankHolidayFileBytes,
  readBankHolidayFile,
  yearsListed,
  type ImportedBankHolidays,
} from '../../shared/calendar/council-calendar.ts'
import { readTextFile } from '../../shared/text/decode-text.ts'

type Props = {
  readonly region: BankHolidayRegion
  readonly value: ImportedBankHolidays | null
  readonly onChange: (value: ImportedBankHolidays | null) => void
}

/**
 * The published bank-holiday list the working days rest on, and a way to bring in a newer one from
 * GOV.UK (downloaded elsewhere: Convene never goes online). A file that is not the government's list is
 * refused in plain words, and the settings are left as they were.
 */
export function BankHolidayImport({ region, value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<{
    readonly severity: 'info' | 'error'
    readonly text: string
  } | null>(null)

  const importFile = async (file: File): Promise<void> => {
    if (file.size > maxBankHolidayFileBytes) {
      setMessage({
        severity: 'error',
        text: "This is not the government's bank holidays file (bank-holidays.json from GOV.UK): it is far too large to be one.",
      })
      return
    }
    const text = await readTextFile(file)
    if (!text.ok) return setMessage({ severity: 'error', text: text.problem })
    const read = readBankHolidayFile(text.text)
    if (!read.ok) {
      setMessage({ severity: 'error', text: read.error.message })
      return
    }
    onChange({ importedAt: new Date().toISOString(), file: read.value })
    const years = yearsListed(read.value, region)
    setMessage({
      severity: 'info',
      text: `Read the list${years ? ` for ${years}` : ''}. Save settings to use it.`,
    })
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Typography id="bank-holiday-coverage" sx={{ mb: 1 }}>
        {describeCalendar({ bankHolidayRegion: region, importedBankHolidays: value })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        When the government publishes more years, download bank-holidays.json from
        www.gov.uk/bank-holidays.json on a computer with the internet and import it here. It is used for the
        years it lists; the list Convene came with, then the rules, cover the rest.
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          variant="outlined"
          startIcon={<FileOpenOutlined />}
          onClick={() => input.current?.click()}
          id="import-bank-holidays"
          aria-describedby="bank-holiday-coverage"
        >
          Import a newer list…
        </Button>
        {value && (
          <Button
            color="warning"
            onClick={() => {
              onChange(null)
              setMessage({ severity: 'info', text: 'Save settings to stop using the imported list.' })
            }}
          >
            Stop using the imported list
          </Button>
        )}
      </Stack>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Bank holidays file to import"
        data-testid="bank-holidays-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void importFile(file)
        }}
      />
      {message && (
        <Alert
          severity={message.severity}
          role={message.severity === 'error' ? 'alert' : 'status'}
          sx={{ mt: 2 }}
          onClose={() => setMessage(null)}
        >
          {message.text}
        </Alert>
      )}
    </Box>
  )
}
