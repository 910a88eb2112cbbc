import { useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Typography from '@mui/material/Typography'
import { formatBritishDateTime } from '../../shared/dates/british-date.ts'
import type { NoteDraft } from '../../shared/model/note-draft.ts'
import { convene } from '../api/convene.ts'
import { moduleOf } from '../../shared/kinds/registry.ts'
import { useMeetingContext } from '../meeting/meeting-context.tsx'
import { draftShownFor } from './note-draft.ts'

/**
 * In place of the capture box once the minutes are signed: they are a statutory record and take no more
 * notes until a correction is started. Anything typed and not added is kept, and shown here.
 */
export function SignedNotice({ meetingId }: { readonly meetingId: string }) {
  const { meeting } = useMeetingContext()
  const [draft, setDraft] = useState<NoteDraft | null>(() => draftShownFor(meetingId))
  useEffect(() => {
    let current = true
    void convene()
      .drafts.get(meetingId)
      .then((result) => current && result.ok && result.value && setDraft(result.value))
    return () => {
      current = false
    }
  }, [meetingId])
  const version = moduleOf(meeting.kind).signedVersions(meeting).at(-1)
  const unadded =
    draft && draft.text.trim() !== '' && !meeting.notes.some((note) => note.id === draft.noteId)
      ? draft.text
      : null
  return (
    <Alert severity="info" role="region" aria-label="The minutes are signed" sx={{ flexShrink: 0 }}>
      <AlertTitle>
        These minutes are signed
        {version ? ` (version ${version.number}, ${formatBritishDateTime(new Date(version.signedAt))})` : ''}
      </AlertTitle>
      No more notes can be added. To change the record, start a correction on the Decision and plan tab: it
      makes a new version, and the signed one stays as it was.
      {unadded && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          Typed and not added (kept for when a correction is started): <bdi>{unadded}</bdi>
        </Typography>
      )}
    </Alert>
  )
}
