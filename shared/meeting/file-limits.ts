/** The largest meeting file Convene reads, in bytes (the contract's limit on an interchange text). */
export const mostMeetingFileBytes = 200_000_000

/** Said of a file larger than that. */
export const meetingFileTooLarge = 'This file is too large to be a meeting file (over 200 MB).'
