import type { MinutesContent } from './minutes-content.ts'

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
const markdownTable = (headings: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [
    `| ${headings.map(cell).join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')

/**
 * The same minutes as Markdown: the yardstick the benchmark hands to pandoc, and a plain copy for anyone
 * who needs one. It follows the Word document's order, from the same content.
 */
export function minutesMarkdown(content: MinutesContent): string {
  const out: string[] = [`# ${content.title}`, '', content.marking, '']
  for (const [label, value] of content.details) out.push(`**${label}:** ${value}  `)
  out.push(
    '',
    '## Who was there',
    '',
    markdownTable(
      ['Name', 'Role', 'Agency', 'Attendance'],
      content.attendance.map((row) => [row.name, row.role, row.agency, row.attendance]),
    ),
    '',
  )
  out.push(
    '## Reports',
    '',
    markdownTable(
      ['Agency', 'Written by', 'Received', 'Shared'],
      content.reports.map((row) => [row.agency, row.author, row.received, row.shared]),
    ),
    '',
  )
  for (const section of content.sections) {
    out.push(`## ${section.heading}`, '')
    for (const note of section.notes)
      out.push(
        `${note.speaker ? `**${note.speaker}:** ` : ''}${note.verbatim ? `“${note.text}”` : note.text}`,
        '',
      )
  }
  for (const decision of content.decides ? content.decisions : []) {
    const forWhom = decision.children ? ` for ${decision.children}` : ''
    out.push(
      `## Recommendations${forWhom}`,
      '',
      markdownTable(
        ['Who', 'Recommended', 'Why'],
        decision.recommendations.map((row) => [row.name, row.recommendation, row.rationale]),
      ),
      '',
      `## The decision${forWhom}`,
      '',
      `**Decision:** ${decision.outcome}`,
      '',
      decision.reasons,
      '',
    )
  }
  out.push(
    '## The outline plan',
    '',
    markdownTable(
      ['What', 'Who', 'By when', 'How we will know'],
      content.plan.actions.map((row) => [row.what, row.who, row.when, row.measure]),
    ),
    '',
    ...(content.plan.dueRule ? [`*Working days: ${content.plan.dueRule}*`, ''] : []),
  )
  out.push(
    '## Words and letters used',
    '',
    markdownTable(
      ['Word or short form', 'Meaning'],
      content.glossaries.minutes.map((entry) => [entry.term, entry.expansion]),
    ),
    '',
  )
  return out.join('\n')
}
