import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  contactFor,
  contactRoleLabels,
  contactRoles,
  localNumbersMissing,
  type SafeguardingContacts,
} from '../../shared/settings/safeguarding-contacts.ts'

/**
 * The service's safeguarding contacts, as the concern flow shows them at the step that needs each: the
 * national numbers are given; the local ones (duty team, out of hours, police, the partnership, your
 * supervisor) are the service's to fill in.
 */
export function SafeguardingContactsEditor({
  value,
  onChange,
}: {
  readonly value: SafeguardingContacts
  readonly onChange: (value: SafeguardingContacts) => void
}) {
  const set = (role: (typeof contactRoles)[number], field: 'phone' | 'hours', text: string) =>
    onChange(
      contactRoles.map((each) => ({
        ...contactFor(value, each),
        ...(each === role ? { [field]: text } : {}),
      })),
    )
  return (
    <Box>
      {localNumbersMissing(value) && (
        <Alert severity="warning" sx={{ mb: 2 }} id="local-numbers-missing" role="status">
          Fill in your local numbers: the children’s services duty team above all. The safeguarding concern
          flow shows each at the step that needs it.
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '2fr 1fr' } }}>
        {contactRoles.map((role) => {
          const contact = contactFor(value, role)
          return (
            <Box key={role} sx={{ display: 'contents' }}>
              <TextField
                id={`contact-${role}-phone`}
                label={contactRoleLabels[role]}
                value={contact.phone}
                onChange={(event) => set(role, 'phone', event.target.value)}
                slotProps={{ htmlInput: { maxLength: 60, inputMode: 'tel' } }}
              />
              <TextField
                id={`contact-${role}-hours`}
                label="When"
                value={contact.hours}
                onChange={(event) => set(role, 'hours', event.target.value)}
                slotProps={{ htmlInput: { maxLength: 120 } }}
              />
            </Box>
          )
        })}
      </Box>
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        For example ‘020 8708 3885’ and ‘Mon–Fri 9am–5pm’.
      </Typography>
    </Box>
  )
}
