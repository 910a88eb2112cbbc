import { describe, expect, it } from 'vitest'
import { minutesContent } from '../../../shared/export/minutes-content.ts'
import { minutesMarkdown } from '../../../shared/export/minutes-markdown.ts'
import { closedNoteText, conferenceMeeting } from '../../helpers/conference-meeting.ts'

describe('the content of the minutes', () => {
  const meeting = conferenceMeeting()
  const full = minutesContent(meeting, { copy: 'full', signature: null })
  const family = minutesContent(meeting, { copy: 'family', signature: null })

  it('differs between the copies only in what the family may not see, and says that something was withheld', () => {
    const notes = (content: typeof full) =>
      content.sections.flatMap((section) => section.notes.map((note) => note.text))
    expect(notes(full)).toContain(closedNoteText)
    expect(notes(family)).not.toContain(closedNoteText)
    expect(notes(family)).toEqual(notes(full).filter((text) => text !== closedNoteText))
    expect([full.withheld, family.withheld]).toEqual([false, true])
    expect({
      ...family,
      copy: 'full',
      withheld: false,
      sections: full.sections,
      distribution: full.distribution,
    }).toEqual(full)
  })

  it('sends the full minutes, which hold the closed part, to the professionals only; the family get their copy', () => {
    const names = (content: typeof full) => content.distribution.map((row) => row.name)
    expect(names(full)).not.toContain('Anna Kowalska')
    expect(names(full)).not.toContain('Piotr Kowalski')
    expect(names(full)).toContain('Jamie Reid')
    expect(names(family)).toEqual(['Anna Kowalska', 'Piotr Kowalski'])
  })

  it('lists dissent from the recommendations, the plan as rows, the next dates and the acronyms used', () => {
    expect(full.decision.dissent).toEqual([
      'Mohammed Rahman recommended a child in need plan: School has seen things improve since September.',
    ])
    expect(full.plan.actions[0]).toMatchObject({ who: 'Anna Kowalska', when: 'Within 20 working days' })
    expect(full.nextDates).toEqual([
      ['First core group', '15/12/2026'],
      ['First review conference', '24/02/2027'],
    ])
    expect(full.glossary.map((entry) => entry.term)).toEqual(['CAMHS'])
  })

  it('is also written as Markdown, in the same order', () => {
    const markdown = minutesMarkdown(family)
    expect(markdown.indexOf('## Who was there')).toBeLessThan(markdown.indexOf('## The outline plan'))
    expect(markdown).not.toContain('Mr Q')
    expect(markdown).toContain('| CAMHS |')
  })
})
