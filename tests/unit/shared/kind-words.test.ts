import { describe, expect, it } from 'vitest'
import { kindWithArticle } from '../../../shared/kinds/registry.ts'
import { MeetingSchema } from '../../../shared/meeting/meeting.ts'
import { aMeeting } from '../../helpers/builders.ts'

describe('a kind as a sentence starts with it', () => {
  it('takes its own article and keeps its acronym', () => {
    expect(kindWithArticle('icpc')).toBe('An initial child protection conference')
    expect(kindWithArticle('miam')).toBe('A mediation information and assessment meeting (MIAM)')
  })

  it("says in plain words when a meeting's record is not its kind's", () => {
    const checked = MeetingSchema.safeParse({ ...aMeeting(), kind: 'miam' })
    expect(checked.success).toBe(false)
    expect(checked.error?.issues.map((issue) => issue.message)).toContain(
      'A mediation information and assessment meeting (MIAM) keeps a mediation record, and this one is not',
    )
  })
})
