import type { Meeting } from '../meeting/meeting.ts'
import { fail, ok, type Result } from '../util/result.ts'
import type { Recipient } from './handover.ts'

/**
 * A corrected version's list, from the one the administrator kept for the version before: each person as
 * the new version has them (a name, role or group corrected is corrected here too; someone no longer at the
 * meeting is gone), with what the administrator filled in kept (their address, email, how it goes, 'do not
 * disclose'); the copy kept only where their group is unchanged, else the copy their new group may see.
 * Everyone the administrator added (a GP, a school) stays.
 */
export function carryOver(
  before: ReadonlyArray<Recipient>,
  fresh: ReadonlyArray<Recipient>,
): ReadonlyArray<Recipient> {
  const earlier = new Map(before.map((each) => [each.id, each]))
  const fromMeeting = fresh.map((person): Recipient => {
    const was = earlier.get(person.id)
    if (!was) return person
    const contact = { email: was.email, address: was.address, doNotDisclose: was.doNotDisclose, how: was.how }
    return was.group === person.group
      ? { ...person, ...contact, copy: was.copy, reason: was.reason }
      : { ...person, ...contact }
  })
  return [...fromMeeting, ...before.filter((each) => each.group === 'added')]
}

/** Each person of the meeting with the name, role and group the record gives them; anyone else added. */
function asTheMeetingHas(
  meeting: Pick<Meeting, 'participants'>,
  recipients: ReadonlyArray<Recipient>,
): ReadonlyArray<Recipient> {
  const people = new Map(meeting.participants.map((person) => [person.id, person]))
  return recipients.map((recipient) => {
    const person = people.get(recipient.id)
    return person
      ? { ...recipient, name: person.name, role: person.role, group: person.group }
      : { ...recipient, group: 'added' }
  })
}

/**
 * A list as the administrator saved it, checked against the meeting: the people of the meeting keep the
 * name, role and group the signed record gives them (the list cannot make a parent a professional), and a
 * family member never gets the full minutes, which hold what was heard in a closed part.
 */
export function checkDistribution(
  meeting: Pick<Meeting, 'participants'>,
  recipients: ReadonlyArray<Recipient>,
): Result<ReadonlyArray<Recipient>> {
  const checked: Recipient[] = []
  for (const fixed of asTheMeetingHas(meeting, recipients)) {
    if (fixed.group === 'family' && fixed.copy === 'full')
      return fail(
        'invalid-argument',
        `${fixed.name} is family: the full minutes hold what was heard in a closed part. Give them the family copy.`,
      )
    checked.push(fixed)
  }
  return ok(checked)
}

/**
 * A list as it arrives in a handover, put right against the meeting it came with: each person of the
 * meeting as the record has them, a family member never on the full minutes (put on the family copy).
 * Whatever a sealed file says, what the desk keeps follows the meeting's own people.
 */
export function settleDistribution(
  meeting: Pick<Meeting, 'participants'>,
  recipients: ReadonlyArray<Recipient>,
): ReadonlyArray<Recipient> {
  return asTheMeetingHas(meeting, recipients).map((fixed) =>
    fixed.group === 'family' && fixed.copy === 'full' ? { ...fixed, copy: 'family' } : fixed,
  )
}
