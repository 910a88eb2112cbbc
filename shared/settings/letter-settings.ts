import { z } from 'zod'

const line = (most: number) =>
  z
    .string()
    .trim()
    .max(most, { error: `This can be at most ${most} characters` })

/**
 * The council's letterhead and the covering message the administrator's pack uses (issue 17): who the
 * letters come from, how to reach them, and the words around each copy. Plain words for families.
 */
export const LetterSettingsSchema = z.object({
  /** 'Northshire County Council'. */
  council: line(120),
  /** 'Child Protection Conference Service'. */
  service: line(120),
  /** The service's postal address, one line each. */
  address: line(400),
  telephone: line(60),
  email: z.union([z.literal(''), z.email({ error: 'Enter an email address like cp@council.gov.uk' })]),
  /**
   * The covering message, with {name}, {documents}, {meeting}, {date}, {version} and {correctionsBy}
   * filled in for each person.
   */
  coveringMessage: line(4000),
  /** The covering message of the decision letter and outline plan, which go before the minutes. */
  decisionLetterMessage: line(4000).default(() => defaultDecisionLetterMessage),
})
/** The letterhead and covering message. */
export type LetterSettings = z.infer<typeof LetterSettingsSchema>

const defaultDecisionLetterMessage = [
  'Dear {name},',
  '',
  'Please find enclosed {documents} from the {meeting} held on {date}{version}. They say what was decided and what will happen next.',
  '',
  'The full minutes are sent separately. If you think anything in them is wrong, you can tell us when you receive them.',
  '',
  'This is private information about a family. Please keep it safe and do not share it with anyone who should not see it.',
].join('\n')

/** The words a new installation starts with; the council's own name and numbers are filled in Settings. */
export const defaultLetterSettings = (): LetterSettings => ({
  council: '',
  service: 'Child Protection Conference Service',
  address: '',
  telephone: '',
  email: '',
  coveringMessage: [
    'Dear {name},',
    '',
    'Please find enclosed {documents} from the {meeting} held on {date}{version}.',
    '',
    'If you think anything in the minutes is wrong, please tell us by {correctionsBy}. We will look at what you say and write to you about it.',
    '',
    'This is private information about a family. Please keep it safe and do not share it with anyone who should not see it.',
  ].join('\n'),
  decisionLetterMessage: defaultDecisionLetterMessage,
})

/** The values a covering message is filled with. */
export type LetterValues = Readonly<
  Record<'name' | 'documents' | 'meeting' | 'date' | 'version' | 'correctionsBy', string>
>

/** A covering message for one person: each {placeholder} replaced; an unknown one left as written. */
export function fillLetter(template: string, values: LetterValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name as keyof LetterValues] ?? whole) : whole,
  )
}

/** The letterhead's lines, as a letter's top reads: council, service, address, then how to reach them. */
export function letterheadLines(letters: LetterSettings): ReadonlyArray<string> {
  return [
    letters.council,
    letters.service,
    ...letters.address.split(/\r?\n/),
    letters.telephone && `Telephone ${letters.telephone}`,
    letters.email && `Email ${letters.email}`,
  ]
    .map((each) => each.trim())
    .filter((each) => each !== '')
}
