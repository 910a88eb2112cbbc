import { roleHead } from '../text/role-head.ts'

/**
 * Who a family word means. 'Mum', 'the mother', 'her step-dad', 'the children's nan', 'Anna's partner':
 * each names a relationship, sometimes through another person, and the minutes should use the name of the
 * person who has it. Roles are read as relationships (never searched for a word inside them, so 'Mum' is
 * not the maternal grandmother), with 'maternal' and 'paternal' understood.
 */

/** The relationships a family word can name. */
export const relationships = [
  'mother',
  'father',
  'step-mother',
  'step-father',
  'grandmother',
  'grandfather',
  'partner',
  'carer',
  'aunt',
  'uncle',
] as const
/** A relationship a family word can name. */
export type Relationship = (typeof relationships)[number]
/** Which parent's side a grandparent is on. */
export type Side = 'maternal' | 'paternal'

/** A relationship as a role states it: 'Maternal grandmother', "Anna's partner", 'Foster carer'. */
export type Kin = {
  readonly relationship: Relationship
  readonly side: Side | null
  /** Whose partner, as the role says it ('anna', 'mother'), for partners. */
  readonly of: string | null
}

/** The everyday words for each relationship, informal ones included. */
const words: Readonly<Record<string, Relationship>> = {
  mother: 'mother',
  mum: 'mother',
  mummy: 'mother',
  mam: 'mother',
  mammy: 'mother',
  mom: 'mother',
  mommy: 'mother',
  father: 'father',
  dad: 'father',
  daddy: 'father',
  stepmother: 'step-mother',
  stepmum: 'step-mother',
  stepmom: 'step-mother',
  stepfather: 'step-father',
  stepdad: 'step-father',
  grandmother: 'grandmother',
  grandma: 'grandmother',
  granny: 'grandmother',
  gran: 'grandmother',
  nan: 'grandmother',
  nana: 'grandmother',
  nanna: 'grandmother',
  nain: 'grandmother',
  grandfather: 'grandfather',
  grandad: 'grandfather',
  granddad: 'grandfather',
  grandpa: 'grandfather',
  grampa: 'grandfather',
  taid: 'grandfather',
  partner: 'partner',
  boyfriend: 'partner',
  girlfriend: 'partner',
  husband: 'partner',
  wife: 'partner',
  fiance: 'partner',
  fiancee: 'partner',
  carer: 'carer',
  guardian: 'carer',
  aunt: 'aunt',
  auntie: 'aunt',
  aunty: 'aunt',
  uncle: 'uncle',
}

const abbreviations: Readonly<Record<string, Kin>> = {
  mgm: { relationship: 'grandmother', side: 'maternal', of: null },
  pgm: { relationship: 'grandmother', side: 'paternal', of: null },
  mgf: { relationship: 'grandfather', side: 'maternal', of: null },
  pgf: { relationship: 'grandfather', side: 'paternal', of: null },
}

const fold = (text: string): string =>
  text
    .toLocaleLowerCase('en-GB')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\bstep[\s-]+/g, 'step')

/** The relationship one family word names ('Nan', 'step-dad', 'mum'), or null. */
export function relationshipOfWord(word: string): Relationship | null {
  return words[fold(word).replace(/[^a-z]/g, '')] ?? null
}

/** Which side a word says ('maternal', 'paternal'), or null. */
export function sideOf(text: string): Side | null {
  const folded = fold(text)
  return /\bmaternal\b/.test(folded) ? 'maternal' : /\bpaternal\b/.test(folded) ? 'paternal' : null
}

/** A role read as a relationship, or null when it names none ('Social worker', 'Great-grandmother'). */
export function kinOfRole(role: string): Kin | null {
  const folded = fold(role)
  const tokens = folded.split(/[^a-z'’]+/).filter(Boolean)
  if (tokens.includes('great') || folded.includes('great-')) return null
  for (const token of tokens) {
    const abbreviation = abbreviations[token]
    if (abbreviation) return abbreviation
  }
  const owned = /^(.+?)['’]s?\s+(?:new\s+|current\s+|ex-?)?([a-z]+)\b/.exec(folded)
  if (owned?.[1] && owned[2]) {
    const relationship = words[owned[2]]
    const owner = owned[1].replace(/^the\s+/, '').trim()
    const ownerIs = words[owner.replace(/[^a-z]/g, '')]
    if (relationship === 'partner') return { relationship, side: null, of: owner }
    // "Mum's mum", "Father's mother": a grandparent on that side.
    if (
      (ownerIs === 'mother' || ownerIs === 'father') &&
      (relationship === 'mother' || relationship === 'father')
    )
      return {
        relationship: relationship === 'mother' ? 'grandmother' : 'grandfather',
        side: ownerIs === 'mother' ? 'maternal' : 'paternal',
        of: null,
      }
  }
  const partnerOf = /\b(?:partner|boyfriend|girlfriend|husband|wife)\s+(?:of|to)\s+(?:the\s+)?(.+)$/.exec(
    folded,
  )
  // Only what the person is: an 'Advocate for mum' or "Mum's solicitor" is nobody's mother.
  for (const token of fold(roleHead(role)).split(/[^a-z'’]+/)) {
    const relationship = words[token.replace(/['’]s?$/, '')]
    if (!relationship) continue
    return {
      relationship,
      side: relationship === 'grandmother' || relationship === 'grandfather' ? sideOf(folded) : null,
      of: relationship === 'partner' ? (partnerOf?.[1]?.trim() ?? null) : null,
    }
  }
  return null
}

/** A person of the meeting, as the analyser sees them. */
export type KinPerson = {
  readonly name: string
  readonly role: string
  readonly group: 'family' | 'professional'
}

/** A person with the relationship their role states. */
export type Relative = { readonly person: KinPerson; readonly kin: Kin }

const relativesCache = new WeakMap<ReadonlyArray<KinPerson>, ReadonlyArray<Relative>>()

/**
 * The people whose role states a family relationship. Professionals count only as carers ('Foster
 * carer'), so a 'Family support worker' is never anyone's family.
 */
export function relativesIn(people: ReadonlyArray<KinPerson>): ReadonlyArray<Relative> {
  const cached = relativesCache.get(people)
  if (cached) return cached
  const found: Relative[] = []
  for (const person of people) {
    const kin = kinOfRole(person.role)
    if (!kin) continue
    if (
      person.group === 'professional' &&
      (kin.relationship !== 'carer' || /worker|officer/i.test(person.role))
    )
      continue
    found.push({ person, kin })
  }
  relativesCache.set(people, found)
  return found
}

/** Whose relative a family word is: the children's (or anyone's), or a named adult's. */
export type Owner =
  | { readonly kind: 'children' }
  | { readonly kind: 'anyone' }
  | { readonly kind: 'adult'; readonly names: ReadonlyArray<string>; readonly kin: Kin | null }

const firstName = (person: KinPerson): string => person.name.trim().split(/\s+/)[0] ?? person.name
const matchesName = (person: KinPerson, text: string): boolean => {
  const wanted = fold(text)
  return fold(person.name) === wanted || fold(firstName(person)) === wanted
}

/**
 * The people a family word means. `relationship` and `side` are what the word says ('maternal
 * grandmother'); `owner` is whose relative it is. Null when the word names nobody in the meeting.
 */
export function relativesMeant(
  relationship: Relationship,
  side: Side | null,
  owner: Owner,
  relatives: ReadonlyArray<Relative>,
): ReadonlyArray<KinPerson> {
  let wanted: { relationship: Relationship; side: Side | null } = { relationship, side }
  let partnerOf: ReadonlyArray<string> | null = null
  if (owner.kind === 'anyone' && relationship === 'partner')
    // 'Her partner': whoever is a partner in the family, a step-parent included.
    return relatives
      .filter((relative) => ['partner', 'step-mother', 'step-father'].includes(relative.kin.relationship))
      .map((relative) => relative.person)
  if (owner.kind === 'adult') {
    const ownerRelationship = owner.kin?.relationship ?? null
    const parent = ownerRelationship === 'mother' || ownerRelationship === 'father' ? ownerRelationship : null
    if (parent && (relationship === 'mother' || relationship === 'father'))
      wanted = {
        relationship: relationship === 'mother' ? 'grandmother' : 'grandfather',
        side: parent === 'mother' ? 'maternal' : 'paternal',
      }
    else if (relationship === 'partner') {
      partnerOf = [...owner.names, ...(parent ? [parent, parent === 'mother' ? 'mum' : 'dad'] : [])]
      // A parent's partner is, to the children, a step-parent.
      const step = parent === 'mother' ? 'step-father' : parent === 'father' ? 'step-mother' : null
      const steps = step ? relatives.filter((relative) => relative.kin.relationship === step) : []
      const partners = relatives.filter(
        (relative) =>
          relative.kin.relationship === 'partner' &&
          relative.kin.of !== null &&
          partnerOf?.some((name) => fold(name) === relative.kin.of),
      )
      return [...partners, ...steps].map((relative) => relative.person)
    } else return []
  }
  return relatives
    .filter(
      (relative) =>
        relative.kin.relationship === wanted.relationship &&
        (wanted.side === null || relative.kin.side === null || relative.kin.side === wanted.side),
    )
    .map((relative) => relative.person)
}

/**
 * Who a possessive before a family word means ('her', 'the children's', 'Zosia's', "Anna's", 'the
 * mother's'), or null when it is someone the meeting does not know (the word is then about someone else).
 */
export function ownerOf(
  possessor: string,
  people: ReadonlyArray<KinPerson>,
  children: ReadonlyArray<{ readonly name: string; readonly knownAs: string }>,
): Owner | null {
  const word = fold(possessor)
    .replace(/['’]s?$/, '')
    .replace(/^the\s+/, '')
    .trim()
  if (['his', 'her', 'their', 'my', 'your'].includes(word)) return { kind: 'anyone' }
  if (['child', 'children', 'kids', 'kid', 'young person', 'baby'].includes(word)) return { kind: 'children' }
  if (
    children.some(
      (child) =>
        fold(child.knownAs) === word ||
        fold(child.name) === word ||
        fold(child.name.split(/\s+/)[0] ?? '') === word,
    )
  )
    return { kind: 'children' }
  const relationship = words[word.replace(/[^a-z]/g, '')]
  if (relationship) {
    // 'The mother's partner': the partner of whoever is the mother, by her name too.
    const holders = relativesIn(people).filter((relative) => relative.kin.relationship === relationship)
    return {
      kind: 'adult',
      names: [word, ...holders.flatMap(({ person }) => [fold(firstName(person)), fold(person.name)])],
      kin: { relationship, side: null, of: null },
    }
  }
  const person = people.find((candidate) => matchesName(candidate, word))
  if (!person) return null
  return { kind: 'adult', names: [fold(firstName(person)), fold(person.name)], kin: kinOfRole(person.role) }
}

/** How a person is suggested: the first name, as minutes for a family use, and the full name too. */
export function namesOf(people: ReadonlyArray<KinPerson>): string[] {
  return [...new Set(people.flatMap((person) => [firstName(person), person.name.trim()]))]
}

/** Names written together: 'Anna and Piotr'. */
export function joinNames(names: ReadonlyArray<string>): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The people of some relationships, named together ('Anna and Piotr', then in full). */
export function namesTogether(
  wanted: ReadonlyArray<Relationship>,
  relatives: ReadonlyArray<Relative>,
): string[] {
  const people = relatives
    .filter((relative) => wanted.includes(relative.kin.relationship))
    .map((relative) => relative.person)
  if (people.length < 2) return []
  return [
    ...new Set([joinNames(people.map(firstName)), joinNames(people.map((person) => person.name.trim()))]),
  ]
}

/** What a label rule asks of a family word: the relationship it names, and whether it needs a possessor. */
export type KinRule = {
  readonly relationship: Relationship
  readonly side?: Side | undefined
  /** 'partner' alone is a word for many things; 'her partner', 'the partner' is someone. */
  readonly possessorRequired?: boolean | undefined
}

/** What the analyser knows of the meeting, for reading family words. */
export type KinContext = {
  readonly people: ReadonlyArray<KinPerson>
  readonly children: ReadonlyArray<{ readonly name: string; readonly knownAs: string }>
  /** Every word of every name. */
  readonly names: ReadonlySet<string>
}

const possessorBefore =
  /(?:^|(?<=[^\p{L}'’-]))((?:the\s+)?[\p{L}][\p{L}-]*(?:['’]s|s['’])|his|her|their|my|your|the)\s+(?:(?:new|current|former|ex|birth|biological|own|late)[\s-]+)*$/iu

/**
 * Reads a family word found at [start, end) of a text: who it means, with the possessor before it
 * taken into the span ('the children's nan', 'her partner', 'the mum'), so the name replaces the whole
 * phrase. Null when it means nobody the meeting knows, or is already followed or preceded by a name
 * ('her partner Mark', 'Mark, Anna's partner').
 */
export function readKinWord(
  text: string,
  start: number,
  end: number,
  rule: KinRule,
  context: KinContext,
): { readonly start: number; readonly people: ReadonlyArray<KinPerson> } | null {
  const before = possessorBefore.exec(text.slice(Math.max(0, start - 80), start))
  const possessor = before?.[1] ?? null
  const spanStart = before ? start - before[0].length : start
  const isDeterminer = possessor !== null && /^the$/i.test(possessor)
  if (rule.possessorRequired && possessor === null) return null
  const owner: Owner | null =
    possessor === null || isDeterminer
      ? { kind: 'children' }
      : ownerOf(possessor, context.people, context.children)
  if (owner === null) return null
  const nextWord = /^\s*,?\s*([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end))?.[1]
  const previousWord = /([\p{L}][\p{L}'’-]*)\s*,\s*$/u.exec(
    text.slice(Math.max(0, spanStart - 80), spanStart),
  )?.[1]
  if ((nextWord && context.names.has(nextWord)) || (previousWord && context.names.has(previousWord)))
    return null
  // 'Piotr is Kuba's father', 'Mark became her partner': the sentence states the relationship itself.
  if (
    /\b(?:is|was|are|were|as|be|been|being|become|became|becomes)\s+(?:[\p{L}]+(?:,\s*|\s+and\s+))*$/iu.test(
      text.slice(Math.max(0, spanStart - 120), spanStart),
    )
  )
    return null
  const side = sideOf(text.slice(start, end)) ?? rule.side ?? null
  const people = relativesMeant(rule.relationship, side, owner, relativesIn(context.people))
  return people.length > 0 ? { start: spanStart, people } : null
}
