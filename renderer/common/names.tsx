import { Fragment } from 'react'

// Names typed by the user are isolated from the text around them (<bdi>), so that an Arabic or Hebrew name
// keeps its place in an English sentence. Without isolation the browser's bidirectional algorithm joins a
// right-to-left name with the neutral characters and digits beside it: a child's age '(8)' is drawn on the
// name's other side, and two names separated by a comma swap places.

/** Names joined with commas, each isolated. */
export function NameList({ names }: { readonly names: ReadonlyArray<string> }) {
  return (
    <>
      {names.map((name, index) => (
        <Fragment key={index}>
          {index > 0 && ', '}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  )
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A sentence made elsewhere (a checklist item, say) with each of the given names in it isolated: for text
 * that arrives as one string with the names already inside.
 */
export function WithNamesIsolated({
  text,
  names,
}: {
  readonly text: string
  readonly names: ReadonlyArray<string>
}) {
  const wanted = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))].sort(
    (a, b) => b.length - a.length,
  )
  if (wanted.length === 0) return <>{text}</>
  const pattern = new RegExp(wanted.map(escape).join('|'), 'gu')
  const parts: Array<string | { readonly name: string; readonly at: number }> = []
  let at = 0
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(at, match.index), { name: match[0], at: match.index })
    at = match.index + match[0].length
  }
  parts.push(text.slice(at))
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          <Fragment key={index}>{part}</Fragment>
        ) : (
          <bdi key={index}>{part.name}</bdi>
        ),
      )}
    </>
  )
}
