import type { Participant } from '../model/people.ts'

/** A party to a case as its screen shows them: a family member of its meetings, with what is known. */
export type CaseParty = {
  readonly id: string
  readonly name: string
  readonly role: string
  /** What the case's meetings say of them, in a few words each ('MIAM on 03/12/2026: going ahead'). */
  readonly facts: ReadonlyArray<string>
}

/** What the parties of a case are read from: its meetings' dates and people. */
type MeetingWithPeople = {
  readonly date: string
  readonly createdAt: string
  readonly participants: ReadonlyArray<Participant>
}

/** Oldest first: by date, then by when each was set up. */
export const oldestMeetingFirst = (a: MeetingWithPeople, b: MeetingWithPeople): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : 1

/**
 * The family members of a case's meetings, each once (a meeting set up from the one before keeps each
 * person's identifier), as first met, in the order first met.
 */
export function familyMembersOf(meetings: ReadonlyArray<MeetingWithPeople>): ReadonlyArray<Participant> {
  const people = new Map<string, Participant>()
  for (const meeting of [...meetings].sort(oldestMeetingFirst))
    for (const person of meeting.participants)
      if (person.group === 'family' && !people.has(person.id)) people.set(person.id, person)
  return [...people.values()]
}

/** A case's family members as its screen shows them, with nothing more known of them. */
export const everyFamilyMember = (meetings: ReadonlyArray<MeetingWithPeople>): ReadonlyArray<CaseParty> =>
  familyMembersOf(meetings).map((person) => ({
    id: person.id,
    name: person.name,
    role: person.role,
    facts: [],
  }))
