import { Fragment } from 'react'

/**
 * Names typed by the user, joined with commas, each isolated from the text around it (<bdi>), so that an
 * Arabic or Hebrew name keeps its place in an English sentence: without isolation the browser's bidirectional
 * algorithm can swap neighbouring names, or move a comma or a number such as a child's age to the name's
 * other side.
 */
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
