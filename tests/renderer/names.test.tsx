import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { NameList, WithNamesIsolated } from '../../renderer/common/names.tsx'

const isolated = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('bdi')].map((element) => element.textContent ?? '')

describe('names isolated from the sentence around them', () => {
  it('isolates each name of a list, keeping the commas outside', () => {
    const { container } = render(
      <p>
        <NameList names={['ليلى الحسن', 'נועה כהן', 'Zosia']} />
      </p>,
    )
    expect(container.textContent).toBe('ليلى الحسن, נועה כהן, Zosia')
    expect(isolated(container)).toEqual(['ليلى الحسن', 'נועה כהן', 'Zosia'])
  })

  it('finds the names in a sentence made elsewhere, the longest first, and isolates each', () => {
    const { container } = render(
      <p>
        <WithNamesIsolated
          text="ليلى الحسن is 8, and ليلى (7) was present: Ali Hassan has no recommendation"
          names={['ليلى', 'ليلى الحسن', 'Ali Hassan', '', '  ']}
        />
      </p>,
    )
    expect(container.textContent).toBe(
      'ليلى الحسن is 8, and ليلى (7) was present: Ali Hassan has no recommendation',
    )
    expect(isolated(container)).toEqual(['ليلى الحسن', 'ليلى', 'Ali Hassan'])
  })

  it('leaves a sentence with no names in it as it is', () => {
    const { container } = render(
      <p>
        <WithNamesIsolated text="2 reports were not shared (one late)" names={[]} />
      </p>,
    )
    expect(container.innerHTML).toBe('<p>2 reports were not shared (one late)</p>')
  })
})
