/**
 * The part of a role that says what the person is: 'Advocate' of 'Advocate for mum', 'solicitor' of "Mum's
 * solicitor", all of 'Maternal grandmother', 'Aunt' of "Aunt (Anna's sister)". A family word after it ('for mum', 'of the father') or before
 * it ("mum's") says whose they are, not what they are.
 */
export function roleHead(role: string): string {
  // What is in brackets is an aside: 'Aunt (Anna's sister)' is an aunt.
  const owned = role
    .replace(/\([^)]*\)?/gu, ' ')
    .trim()
    .replace(/^.*['’]s?\s+/u, '')
  return owned.split(/\s+(?:for|of|to|on behalf of|representing|supporting|with)\s+/iu)[0] ?? owned
}
