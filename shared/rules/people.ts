import type { Participant } from '../model/people.ts'
import { roleHead } from '../text/role-head.ts'
import { foldedIncludes, foldForSearch } from '../text/fold-for-search.ts'

/** Sorts names the way British readers expect, for names in any script ('Łucja' after 'Lucy', not after 'Zoe'). */
export const nameCollator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })

/** People in alphabetical order of name, then role. */
export function sortPeople<T extends Pick<Participant, 'name' | 'role'>>(people: ReadonlyArray<T>): T[] {
  return [...people].sort(
    (a, b) => nameCollator.compare(a.name, b.name) || nameCollator.compare(a.role, b.role),
  )
}

/**
 * How a person is named on screen: their name, with their role where another person has the same name
 * ('Sarah Jones (Mother)', 'Sarah Jones (Social worker)'), so two people are never confused.
 */
export function displayNames<T extends Pick<Participant, 'id' | 'name' | 'role' | 'agency'>>(
  people: ReadonlyArray<T>,
): ReadonlyMap<string, string> {
  const counts = new Map<string, number>()
  for (const person of people) {
    const key = person.name.trim().toLocaleLowerCase('en-GB')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const names = new Map<string, string>()
  for (const person of people) {
    const shared = (counts.get(person.name.trim().toLocaleLowerCase('en-GB')) ?? 0) > 1
    const role = person.role.trim() || person.agency.trim()
    names.set(person.id, shared && role !== '' ? `${person.name} (${role})` : person.name)
  }
  return names
}

/**
 * The words a room uses for a family role ('Mum said…'): a minute taker who hears 'Mum' types 'mum'.
 * Keyed by a word of the role as written (folded), so 'Maternal grandmother' is found by 'nan'.
 */
const everydayRoleWords: Readonly<Record<string, ReadonlyArray<string>>> = {
  mother: ['mum', 'mummy', 'mam', 'mom'],
  father: ['dad', 'daddy'],
  stepmother: ['stepmum'],
  stepfather: ['stepdad'],
  grandmother: ['nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'nain'],
  grandfather: ['grandad', 'granddad', 'grandpa', 'taid'],
}

/**
 * The words of what the role says the person is, with the everyday words for each: 'mum' for a 'Mother', but
 * not for an 'Advocate for mum' or "Mum's solicitor" (whose head is 'advocate', 'solicitor').
 */
function headWords(role: string): string[] {
  return foldForSearch(roleHead(role))
    .split(/[\s-]+/)
    .flatMap((word) => [word, ...(everydayRoleWords[word] ?? [])])
}

/**
 * People whose name or role matches what was typed, best first: a name that starts with it, then any word
 * of the name, then the role (or its everyday word: 'mum' for a mother) or agency. 'sar' finds Sarah; 'sw'
 * or 'soc' finds the social worker; accents and case are ignored.
 */
export function matchPeople<T extends Pick<Participant, 'name' | 'role' | 'agency'>>(
  people: ReadonlyArray<T>,
  typed: string,
): T[] {
  // Trimmed once folded: a lone hyphen or apostrophe is no search, not a search for every space.
  const query = foldForSearch(typed).trim()
  if (query === '') return sortPeople(people)
  const initials = (text: string): string =>
    foldForSearch(text)
      .split(/[\s-]+/)
      .map((word) => word[0] ?? '')
      .join('')
  // Then the rest of the role ('for mum'), as any words in it.
  const rank = (person: T): number => {
    const name = foldForSearch(person.name)
    const role = foldForSearch(person.role)
    const agency = foldForSearch(person.agency)
    if (name.startsWith(query)) return 0
    if (name.split(/[\s-]+/).some((word) => word.startsWith(query))) return 1
    const head = foldForSearch(roleHead(person.role))
    if (head.startsWith(query) || headWords(person.role).some((word) => word.startsWith(query))) return 2
    if (initials(person.role) === query || agency.startsWith(query)) return 3
    if (foldedIncludes(name, query) || role.includes(query)) return 4
    return -1
  }
  return sortPeople(people)
    .map((person) => ({ person, score: rank(person) }))
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => a.score - b.score)
    .map((entry) => entry.person)
}

/** Attendances of people who are not in the room: they cannot speak there, nor place themselves on a scale. */
const notInTheRoom: ReadonlySet<Participant['attendance']['status']> = new Set(['apologies', 'report-only'])

/**
 * Who can be chosen as the speaker of a note: everyone but those who sent apologies or only a report.
 * `keep` stays in the list whatever their attendance (the speaker of a note already taken).
 */
export function possibleSpeakers<T extends Pick<Participant, 'id' | 'attendance'>>(
  people: ReadonlyArray<T>,
  keep: string | null = null,
): T[] {
  return people.filter((person) => person.id === keep || !notInTheRoom.has(person.attendance.status))
}

/**
 * Who places themselves on the safety scale: the family and professionals in the room, not the chair who
 * leads the scaling nor the minute taker who records it. Anyone already given a score stays, so no score
 * is ever hidden.
 */
export function scalePeople<T extends Pick<Participant, 'id' | 'attendance'>>(
  meeting: {
    readonly participants: ReadonlyArray<T>
    readonly chairId: string | null
    readonly minuteTakerId: string | null
  },
  scored: ReadonlySet<string> = new Set(),
): T[] {
  return meeting.participants.filter(
    (person) =>
      scored.has(person.id) ||
      (!notInTheRoom.has(person.attendance.status) &&
        person.id !== meeting.chairId &&
        person.id !== meeting.minuteTakerId),
  )
}
