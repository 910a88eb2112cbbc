import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocuments, type RenderedDocument } from '../../../helpers/render-documents.ts'
import { blankActionFields } from '../../../../shared/kinds/conference/records.ts'
import { aMeeting } from '../../../helpers/builders.ts'
import { addPerson, applyAll } from '../../../helpers/commands.ts'

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0

/**
 * A conference whose acronyms are only in the attendance table (a GP, a police constable, a CPA chairing,
 * a CAMHS worker) and in the plan (an action for a council's own team): no note uses any of them.
 */
function meetingWithAcronymsInTheTable() {
  return applyAll(aMeeting({ familyName: 'Whitfield' }), [
    addPerson('Helen Ward', 'professional', 'CPA (chair)', "Children's Services"),
    addPerson('Sarah Whitfield', 'family', 'Mother'),
    addPerson('Dr Amir Hussain', 'professional', 'GP', 'Riverside Surgery'),
    addPerson('PC Kate Lyons', 'professional', 'Police officer', 'Thames Valley Police'),
    addPerson('Ruth Evans', 'professional', 'Mental health practitioner', 'CAMHS'),
    {
      type: 'add-action',
      actionId: '5a0e5c1e-7a55-4b0a-9d4e-000000000001',
      action: {
        ...blankActionFields(),
        what: 'Sarah will go to the parenting group every Tuesday',
        ownerText: 'The FIT team',
        due: '2027-01-29',
        measure: 'Goes to 8 of the 10 sessions',
      },
    },
  ])
}

let folder = ''
let documents: RenderedDocument[] = []
const text = (prefix: string): string => {
  const document = documents.find((candidate) => candidate.fileName.startsWith(prefix))
  if (!document) throw new Error(`No document ${prefix}`)
  return execFileSync(
    'pandoc',
    ['--from', 'docx', '--to', 'plain', '--wrap=none', join(folder, document.fileName)],
    { encoding: 'utf8' },
  )
}
/** The glossary at the end of a document as pandoc reads it back: from its heading to the next one. */
const glossaryOf = (plain: string): string => {
  const start = plain.indexOf('Words and letters used in')
  if (start < 0) return ''
  const end = plain.indexOf('Who receives these minutes', start)
  return plain.slice(start, end < 0 ? undefined : end)
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'convene-glossary-'))
  documents = await renderDocuments(meetingWithAcronymsInTheTable(), {
    signature: null,
    acronyms: [{ term: 'FIT', expansion: 'family intervention team' }],
  })
  for (const document of documents) await writeFile(join(folder, document.fileName), document.data)
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('the glossary of the Word documents, read back with pandoc', () => {
  it.runIf(has('pandoc'))(
    'lists every acronym in the attendance table, the rank before a name and the plan, each once',
    () => {
      const glossary = glossaryOf(text('minutes-icpc'))
      expect(glossary).not.toContain('No acronyms were used')
      for (const [term, meaning] of [
        ['GP', 'family doctor (general practitioner)'],
        ['PC', 'police constable'],
        ['CPA', 'child protection adviser'],
        ['CAMHS', 'child and adolescent mental health services'],
        ['FIT', 'family intervention team'],
      ] as const) {
        expect(glossary, term).toMatch(new RegExp(`^\\s*${term}\\s+${meaning.replace(/[()]/g, '\\$&')}`, 'm'))
        expect(glossary.match(new RegExp(`^\\s*${term}\\s`, 'gm')), term).toHaveLength(1)
      }
    },
  )

  it.runIf(has('pandoc'))(
    "lists in the family's copy, the letter and the plan what each of them uses",
    () => {
      expect(glossaryOf(text('minutes-family-copy'))).toMatch(/^\s*CAMHS\s/m)
      const plan = glossaryOf(text('outline-plan'))
      expect(plan).toMatch(/^\s*FIT\s+family intervention team/m)
      expect(plan).not.toMatch(/^\s*(?:GP|PC|CPA|CAMHS)\s/m)
    },
  )
})
