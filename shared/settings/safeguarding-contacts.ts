import { z } from 'zod'

/** Which contact a step of the safeguarding flow needs. */
export const contactRoles = [
  'duty-team',
  'out-of-hours',
  'emergency',
  'police-child-protection',
  'nspcc',
  'childline',
  'safeguarding-partnership',
  'supervisor',
] as const
/** A contact's place in the flow. */
export type ContactRole = (typeof contactRoles)[number]

/** How each contact reads. */
export const contactRoleLabels: Readonly<Record<ContactRole, string>> = {
  'duty-team': 'Children’s services duty team (office hours)',
  'out-of-hours': 'Children’s services out of hours',
  emergency: 'Emergency: police, ambulance',
  'police-child-protection': 'Police child protection unit',
  nspcc: 'NSPCC helpline',
  childline: 'Childline',
  'safeguarding-partnership': 'Local safeguarding children partnership',
  supervisor: 'Your supervisor or professional practice consultant',
}

/** One contact: its number and, where it matters, its hours ('Mon–Fri 9am–5pm'). */
export const SafeguardingContactSchema = z.object({
  role: z.enum(contactRoles),
  phone: z.string().trim().max(60, { error: 'A number can be at most 60 characters' }),
  hours: z.string().trim().max(120, { error: 'This can be at most 120 characters' }),
})
/** One contact. */
export type SafeguardingContact = z.infer<typeof SafeguardingContactSchema>

/** The service's contacts, one for each role, in the order above. */
export const SafeguardingContactsSchema = z
  .array(SafeguardingContactSchema)
  .max(contactRoles.length)
  .refine((list) => new Set(list.map((contact) => contact.role)).size === list.length, {
    error: 'Each contact is listed once',
  })
/** The service's contacts. */
export type SafeguardingContacts = z.infer<typeof SafeguardingContactsSchema>

/**
 * The national numbers every service shares (DOMAIN.md), and the local ones left empty for the service to
 * fill in: until the duty team's number is there, the flow and the home screen ask for it.
 */
export function defaultSafeguardingContacts(): SafeguardingContacts {
  const national: Partial<Record<ContactRole, readonly [string, string]>> = {
    emergency: ['999', 'Any time'],
    nspcc: ['0808 800 5000', 'Any time'],
    childline: ['0800 1111', 'Any time'],
  }
  return contactRoles.map((role) => ({
    role,
    phone: national[role]?.[0] ?? '',
    hours: national[role]?.[1] ?? '',
  }))
}

/**
 * A contact by its role, or an empty one. A national number (999, the NSPCC, Childline) cleared in
 * Settings is still given: the flow never shows no number for an emergency.
 */
export function contactFor(contacts: SafeguardingContacts, role: ContactRole): SafeguardingContact {
  const kept = contacts.find((contact) => contact.role === role)
  if (kept?.phone) return kept
  const national = defaultSafeguardingContacts().find((contact) => contact.role === role)
  return national?.phone ? national : (kept ?? { role, phone: '', hours: '' })
}

/** True until the local duty team's number is filled in. */
export const localNumbersMissing = (contacts: SafeguardingContacts): boolean =>
  contactFor(contacts, 'duty-team').phone === ''
