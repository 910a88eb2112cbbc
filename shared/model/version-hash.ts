import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { canonicalJson } from '../util/canonical-json.ts'

/**
 * The SHA-256 (hex) a signed version holds: over the meeting as signed, with its signed versions and any
 * correction taken out by its kind (`withoutVersions`), and without its revision and time of last change
 * (which are the store's, and differ between the meeting as signed in memory and as rebuilt by replaying
 * its journal). Canonical JSON, so the rebuilt meeting hashes the same whatever the order of its keys.
 */
export function versionHash(meetingWithoutVersions: {
  readonly revision: number
  readonly updatedAt: string
}): string {
  const { revision: _revision, updatedAt: _updatedAt, ...rest } = meetingWithoutVersions
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))))
}

/** The SHA-256 (hex) of a text: a version signed before schema 7 holds it over its snapshot's JSON. */
export function textHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
