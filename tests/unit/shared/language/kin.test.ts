import { describe, expect, it } from 'vitest'
import { analyse, applySuggestion, compileRules } from '../../../../shared/language/analyse.ts'
import { kinOfRole } from '../../../../shared/language/kin.ts'
import { bundledRuleFiles } from '../../../../shared/language/rule-files.ts'
import { corpusContext, whitfieldContext } from '../../../helpers/language-evaluation.ts'

const compiled = compileRules(bundledRuleFiles)
const labels = (text: string, context = whitfieldContext) =>
  analyse(text, compiled, context)
    .filter((finding) => finding.category === 'labels')
    .map((finding) => [finding.match, finding.suggestions])

describe('kinOfRole', () => {
  it.each([
    ['Mother', 'mother', null, null],
    ['Mum', 'mother', null, null],
    ['Maternal grandmother', 'grandmother', 'maternal', null],
    ['Grandmother (paternal)', 'grandmother', 'paternal', null],
    ['Nan', 'grandmother', null, null],
    ['MGM', 'grandmother', 'maternal', null],
    ['PGF', 'grandfather', 'paternal', null],
    ["Mum's mum", 'grandmother', 'maternal', null],
    ['Step-father', 'step-father', null, null],
    ['Stepdad', 'step-father', null, null],
    ['Step mum', 'step-mother', null, null],
    ["Anna's partner", 'partner', null, 'anna'],
    ["Mother's boyfriend", 'partner', null, 'mother'],
    ['Partner of the mother', 'partner', null, 'mother'],
    ['Foster carer', 'carer', null, null],
    ["Aunt (Anna's sister)", 'aunt', null, null],
  ])('reads %s as a %s', (role, relationship, side, of) => {
    expect(kinOfRole(role)).toEqual({ relationship, side, of })
  })

  it.each([
    'Social worker',
    'Health visitor',
    'Great-grandmother',
    'Great grandfather',
    'Head teacher',
    '',
    // Whose they are, not what they are.
    'Advocate for mum',
    "Mum's solicitor",
    'Solicitor for the father',
    'Support worker to Dad',
    'Friend of the family',
  ])('reads %s as no family relationship', (role) => {
    expect(kinOfRole(role)).toBeNull()
  })
})

describe('family words in the minutes', () => {
  it('never suggests the maternal grandmother for Mum, nor a grandfather for Dad', () => {
    expect(labels('Mum and Dad came to the meeting.')).toEqual([
      ['Mum', ['Sarah', 'Sarah Whitfield']],
      ['Dad', ['Tom', 'Tom Whitfield']],
    ])
  })

  it('finds a grandparent by the side the text gives, and by the parent named', () => {
    expect(labels('The maternal grandmother came.')).toEqual([
      ['The maternal grandmother', ['Maureen', 'Maureen Doyle']],
    ])
    expect(labels('The paternal grandmother came.')).toEqual([])
    expect(labels("Sarah's mum came, and so did Tom's dad.")).toEqual([
      ["Sarah's mum", ['Maureen', 'Maureen Doyle']],
      ["Tom's dad", ['Dave', 'Dave Whitfield']],
    ])
  })

  it('names a relative through another person, and puts the name in place of the whole phrase', () => {
    const text = "Her step-dad and the children's nan took Ellie to the park."
    const found = analyse(text, compiled, whitfieldContext).filter((finding) => finding.category === 'labels')
    expect(found.map((finding) => [finding.match, finding.suggestions[0]])).toEqual([
      ['Her step-dad', 'Lee'],
      ["the children's nan", 'Maureen'],
    ])
    const [first] = found
    expect(applySuggestion(text, first!, 'Lee')).toBe("Lee and the children's nan took Ellie to the park.")
    expect(labels("Zosia's mum said the mornings are hard.", corpusContext)).toEqual([
      ["Zosia's mum", ['Anna', 'Anna Kowalska']],
    ])
    expect(labels("Sarah's partner and the mother's partner are the same person.")).toEqual([
      ["Sarah's partner", ['Lee', 'Lee Carter']],
      ["the mother's partner", ['Lee', 'Lee Carter']],
    ])
  })

  it('names the parents together where both are known, and leaves collectives that name something else', () => {
    expect(labels('The parents agreed.')).toEqual([
      ['The parents', ['Sarah and Tom', 'Sarah Whitfield and Tom Whitfield']],
    ])
    expect(labels("The children's social work team and the family's support worker visited.")).toEqual([])
    expect(labels('The children and families service and the family support plan were discussed.')).toEqual(
      [],
    )
    expect(labels("The parents' evening is on Thursday.")).toEqual([])
  })

  it('leaves alone a relative the meeting does not know, a name given beside the word, and a stated relationship', () => {
    expect(labels("Lee's mum visits on Sundays.")).toEqual([])
    expect(labels('Her partner Lee came to the meeting.')).toEqual([])
    expect(labels("Lee, Sarah's partner, came to the meeting.")).toEqual([])
    expect(labels("Maureen is Sarah's mum.")).toEqual([])
    expect(labels('Sarah wants to be a good mum.')).toEqual([])
  })
})
