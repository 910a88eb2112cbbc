/**
 * Why Convene could not start, in words for the person at the laptop: what it means for their meetings,
 * and what to do. Never the error's own message, which can quote a path or data; its code says enough.
 */
export function startUpProblem(error: unknown, logFolder: string): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : null
  const cause =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full. Free some space and start Convene again.'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'it is not allowed to read or write its data folder. Check the folder’s permissions, then start Convene again.'
        : code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST'
          ? 'something in its data folder is not what it expects (a file where a folder should be). Restore the data folder from a backup, or ask your IT service.'
          : `something unexpected went wrong${code ? ` (${code})` : ''}. Start Convene again; if it happens again, ask your IT service.`
  return [
    `Convene could not start because ${cause}`,
    'Nothing you saved has been changed.',
    `Details for your IT service are in the log folder: ${logFolder}`,
  ].join('\n\n')
}
