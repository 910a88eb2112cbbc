import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { formatBritishDate, ukDateOf } from '../../shared/dates/british-date.ts'
import type { IdentitySummary } from '../../shared/model/identity.ts'
import type { TrustedCertificate } from '../../shared/settings/trusted-certificates.ts'
import { convene } from '../api/convene.ts'
import { download, toBase64 } from '../common/download.ts'

const until = (iso: string): string => formatBritishDate(ukDateOf(new Date(iso)))

/**
 * The certificates 'Verify a document' knows: the council's certificate authority (whose certificates are
 * known in turn) and chairs' own certificates, each added from a .cer, .crt or .pem file and removable;
 * this laptop's own certificate is known without being listed, and can be saved to give to the council.
 */
export function TrustedCertificatesEditor({
  value,
  onChange,
}: {
  readonly value: ReadonlyArray<TrustedCertificate>
  readonly onChange: (value: ReadonlyArray<TrustedCertificate>) => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const [message, setMessage] = useState<{
    readonly severity: 'error' | 'info'
    readonly text: string
  } | null>(null)
  const [own, setOwn] = useState<IdentitySummary['certificate']>(null)
  useEffect(() => {
    void convene()
      .identity.get()
      .then((result) => setOwn(result.ok ? result.value.certificate : null))
  }, [])

  const add = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (file.size > 300_000)
      return setMessage({ severity: 'error', text: `${file.name} is too large to be a certificate.` })
    const result = await convene().documents.readCertificate(
      toBase64(new Uint8Array(await file.arrayBuffer())),
    )
    if (!result.ok) return setMessage({ severity: 'error', text: `${file.name}: ${result.error.message}` })
    const known = new Set(value.map((item) => item.fingerprint))
    const fresh = result.value.filter((item) => !known.has(item.fingerprint))
    if (fresh.length === 0)
      return setMessage({ severity: 'info', text: `${file.name}: this certificate is already in the list.` })
    onChange([...value, ...fresh])
    setMessage({
      severity: 'info',
      text: `Added ${fresh.map((item) => item.name).join('; ')}. Save settings to keep ${fresh.length === 1 ? 'it' : 'them'}.`,
    })
  }
  const remove = (item: TrustedCertificate): void => {
    onChange(value.filter((other) => other.fingerprint !== item.fingerprint))
    setMessage({ severity: 'info', text: `Removed ${item.name}. Save settings to keep the change.` })
    addButton.current?.focus()
  }
  const saveOwn = (): void => {
    if (own)
      download(
        'my-signing-certificate.pem',
        new Blob([own.certificatePem], { type: 'application/x-pem-file' }),
      )
  }

  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Anyone can make a certificate in anyone&rsquo;s name. &lsquo;Verify a document&rsquo; names the signer
        as known only when the certificate is this laptop&rsquo;s own, is listed here, or was issued by a
        certificate authority listed here, such as the council&rsquo;s own. Check each certificate&rsquo;s
        fingerprint with the person or team who gave it to you before you add it.
      </Typography>
      <Typography variant="h3" sx={{ fontSize: '1rem', mb: 0.5 }}>
        This laptop&rsquo;s own certificate
      </Typography>
      {own ? (
        <Stack spacing={1} sx={{ mb: 2, alignItems: 'flex-start' }}>
          <Typography variant="body2">
            {own.signer}, valid until {until(own.validUntil)}. Always known here. Fingerprint (SHA-256):{' '}
            <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {own.fingerprint}
            </Box>
          </Typography>
          <Button size="small" variant="outlined" onClick={saveOwn}>
            Save this laptop&rsquo;s certificate (.pem)
          </Button>
        </Stack>
      ) : (
        <Typography variant="body2" sx={{ mb: 2 }}>
          None yet: Convene makes one the first time the chair signs, or uses the organisation&rsquo;s.
        </Typography>
      )}
      <Typography variant="h3" sx={{ fontSize: '1rem', mb: 0.5 }}>
        Trusted certificates
      </Typography>
      {value.length === 0 ? (
        <Typography variant="body2" sx={{ mb: 1 }}>
          None listed.
        </Typography>
      ) : (
        <Box component="ul" aria-label="Trusted certificates" sx={{ pl: 0, listStyle: 'none', mt: 0 }}>
          {value.map((item) => (
            <Box
              component="li"
              key={item.fingerprint}
              sx={{
                py: 1,
                borderBottom: 1,
                borderColor: 'divider',
                display: 'flex',
                gap: 2,
                alignItems: 'center',
              }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600 }}>{item.name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {item.authority
                    ? 'Certificate authority: the certificates it issues are known'
                    : "A signer's certificate"}
                  , valid until {until(item.validUntil)}
                </Typography>
                <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                  SHA-256 {item.fingerprint}
                </Typography>
              </Box>
              <Button color="warning" onClick={() => remove(item)} aria-label={`Remove ${item.name}`}>
                Remove
              </Button>
            </Box>
          ))}
        </Box>
      )}
      <Button ref={addButton} variant="outlined" onClick={() => input.current?.click()}>
        Add a certificate…
      </Button>
      <input
        ref={input}
        hidden
        type="file"
        accept=".cer,.crt,.pem,application/pkix-cert,application/x-x509-ca-cert,application/x-pem-file"
        data-testid="trusted-certificate-input"
        aria-label="Certificate file to trust"
        onChange={(event) => void add(event)}
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
