import { describe, expect, it } from 'vitest'
import { minutesContent } from '../../../shared/kinds/conference/documents/minutes-content.ts'
import { minutesMarkdown } from '../../../shared/kinds/conference/documents/minutes-markdown.ts'
import type { ConferenceMeeting } from '../../../shared/kinds/conference/conference-meeting.ts'
import { projectFor } from '../../../shared/meeting/project.ts'
import { familyAudience, professionalAudience, type Audience } from '../../../shared/model/visibility.ts'
import { closedNoteText, conferenceMeeting } from '../../helpers/conference-meeting.ts'

/** The minutes' content as the publishing service builds it: from the reader's projection. */
function contentFor(
  meeting: ConferenceMeeting & Parameters<typeof projectFor>[0],
  audience: Audience,
  copy: 'full' | 'family',
) {
  const projected = projectFor(meeting, audience)
  return minutesContent(projected.meeting as ConferenceMeeting, {
    copy,
    withheld: projected.withheldNotes + projected.withheldItems > 0,
    signature: null,
  })
}

describe('the content of the minutes', () => {
  const meeting = conferenceMeeting()
  const full = contentFor(meeting, professionalAudience, 'full')
  const family = contentFor(meeting, familyAudience, 'family')

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
    expect(full.decisions[0]?.dissent).toEqual([
      'Mohammed Rahman recommended a child in need plan: School has seen things improve since September.',
    ])
    expect(full.plan.actions[0]).toMatchObject({
      who: 'Anna Kowalska',
      when: 'By 04/01/2027, within 20 working days of the meeting that set it (02/12/2026)',
    })
    expect(full.nextDates).toEqual([
      ['First core group', '15/12/2026'],
      ['First review conference', '24/02/2027'],
    ])
    expect(full.glossaries.minutes.map((entry) => entry.term)).toEqual(['CAMHS', 'NHS'])
  })

  it('is also written as Markdown, in the same order', () => {
    const markdown = minutesMarkdown(family)
    expect(markdown.indexOf('## Who was there')).toBeLessThan(markdown.indexOf('## The outline plan'))
    expect(markdown).not.toContain('Mr Q')
    expect(markdown).toContain('| CAMHS |')
  })
})
