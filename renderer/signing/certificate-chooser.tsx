import { useRef, useState, type ChangeEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import type { IdentitySummary } from '../../shared/model/identity.ts'
import { convene } from '../api/convene.ts'
import { toBase64 } from '../common/download.ts'

/**
 * Which certificate signs the documents: the chair's own, made on first use, or the organisation's, from a
 * .p12 or .pfx file and its password. A wrong password or an expired certificate is said plainly.
 */
export function CertificateChooser({
  identity,
  onChange,
}: {
  readonly identity: IdentitySummary
  readonly onChange: (identity: IdentitySummary) => void
}) {
  const [file, setFile] = useState<{ readonly name: string; readonly base64: string } | null>(null)
  const [password, setPassword] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0]
    event.target.value = ''
    if (chosen) setFile({ name: chosen.name, base64: toBase64(new Uint8Array(await chosen.arrayBuffer())) })
  }
  const use = async (): Promise<void> => {
    if (!file) return
    const result = await convene().identity.importCertificate({ file: file.base64, password })
    if (!result.ok) return setProblem(result.error.message)
    setProblem(null)
    setFile(null)
    setPassword('')
    onChange(result.value)
  }
  const certificate = identity.certificate
  return (
    <Box component="section" aria-labelledby="certificate-heading" sx={{ mt: 2 }}>
      <Typography variant="h3" id="certificate-heading" sx={{ fontSize: '1rem', mb: 0.5 }}>
        Digital signature
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {certificate
          ? `Signed with the certificate of ${certificate.signer} (${
              certificate.source === 'pkcs12' ? "your organisation's" : 'made on this laptop'
            }), valid until ${formatBritishDate(ukDateOf(new Date(certificate.validUntil)))}.`
          : 'The documents will be signed with a certificate made for you on this laptop, unless you use your organisation’s.'}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Button size="small" variant="outlined" onClick={() => input.current?.click()}>
          {file ? `Certificate file: ${file.name}` : "Use my organisation's certificate (.p12)…"}
        </Button>
        <input
          ref={input}
          hidden
          type="file"
          accept=".p12,.pfx,application/x-pkcs12"
          data-testid="certificate-file-input"
          aria-label="Certificate file"
          onChange={(event) => void choose(event)}
        />
        {file && (
          <>
            <TextField
              id="certificate-password"
              type="password"
              size="small"
              label="Certificate password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <Button size="small" variant="contained" onClick={() => void use()}>
              Use this certificate
            </Button>
          </>
        )}
      </Stack>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert">
          {problem}
        </Alert>
      )}
    </Box>
  )
}
