/**
 * The only addresses Convene will hand to the system browser: public advice sites for families, named in
 * the safeguarding contacts. Anything else (including any http: link and any link typed into a note) is
 * refused. The app itself never fetches any of them.
 */
export const allowedExternalHosts: ReadonlyArray<string> = [
  'www.nspcc.org.uk',
  'www.childline.org.uk',
  'www.gov.uk',
]

/** True when a URL may be opened in the user's browser. */
export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    allowedExternalHosts.includes(url.host)
  )
}
