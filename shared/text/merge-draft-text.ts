/**
 * Puts a draft kept from before into the box, without losing or doubling anything: into an empty box as
 * it is; before words typed since the page opened; not at all where the box already holds it.
 */
export function mergeDraftText(kept: string, inBox: string): string {
  if (kept === '' || inBox === kept || inBox.startsWith(`${kept} `)) return inBox
  return inBox === '' ? kept : `${kept} ${inBox}`
}
