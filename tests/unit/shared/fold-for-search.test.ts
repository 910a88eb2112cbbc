import { describe, expect, it } from 'vitest'
import { foldForSearch } from '../../../shared/text/fold-for-search.ts'

describe('foldForSearch', () => {
  it.each([
    ['Łucja Wiśniewska', 'lucja wisniewska'],
    ['Zoë Brontë', 'zoe bronte'],
    ['Søren Ødegård', 'soren odegard'],
    ['Straße', 'strasse'],
    ['Siobhán Ó Súilleabháin', 'siobhan o suilleabhain'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded)
  })

  it('leaves Arabic and Bengali names as they are', () => {
    expect(foldForSearch('زینب')).toBe('زینب')
    expect(foldForSearch('হাসান')).toBe('হাসান')
  })
})
