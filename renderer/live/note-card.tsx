import { memo } from 'react'
import { visibilityTag, type Visibility } from '../../shared/model/visibility.ts'
import { NoteEditor } from './note-editor.tsx'
import type { DisplayNote, NoteActions } from './display-note.ts'

type Props = {
  readonly note: DisplayNote
  readonly speaker: string | null
  /** For a note of one party's room, that party's name ('Only Anna Byrne and you'). */
  readonly partyName?: string | null
  /** Shown in the time-order view, where notes of every section are together. */
  readonly sectionHeading?: string
  readonly actions?: NoteActions
  readonly editing?: boolean
  readonly large?: boolean
  /** One line where it fits, the time first: the running record. */
  readonly dense?: boolean
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const lock = (
  <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
    <path d="M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10c0-1.1-.9-2-2-2M9 6c0-1.66 1.34-3 3-3s3 1.34 3 3v2H9zm9 14H6V10h12z" />
  </svg>
)
const more = (
  <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
    <path d="M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2" />
  </svg>
)

/**
 * One note: who said it, what they said (quoted when in their own words), and whether the family may see
 * it. Plain elements and one shared stylesheet, so a thousand of them stay quick; redrawn only when the
 * note itself changes.
 */
/** The name of the one party a note is for (a parent's own room), or null for any other note. */
export function partyOf(
  note: { readonly visibility: Visibility },
  names: ReadonlyMap<string, string>,
): string | null {
  return note.visibility.to === 'party' ? (names.get(note.visibility.partyId) ?? null) : null
}

export const NoteCard = memo(function NoteCard({
  note,
  speaker,
  partyName = null,
  sectionHeading,
  actions,
  editing = false,
  large = false,
  dense = false,
}: Props) {
  const preview = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text
  const tag = visibilityTag(note.visibility, () => partyName ?? undefined)
  const time = timeFormat.format(new Date(note.createdAt))
  return (
    <article
      className={large ? 'cv-note cv-large' : dense && !editing ? 'cv-note cv-dense' : 'cv-note'}
      data-note-id={note.id}
      data-state={note.state}
      data-closed={tag ? 'true' : undefined}
      aria-label={`${tag ? `${tag}. ` : ''}${speaker ? `${speaker}: ` : ''}${preview}`}
    >
      {dense && !editing && <span className="cv-when">{time}</span>}
      {(sectionHeading || tag) && (
        <div className="cv-tags">
          {sectionHeading && <span className="cv-tag">{sectionHeading}</span>}
          {tag && (
            <span className="cv-tag cv-closed">
              {lock}
              {tag}
            </span>
          )}
        </div>
      )}
      {editing && actions ? (
        <NoteEditor note={note} actions={actions} />
      ) : (
        <p className={note.verbatim ? 'cv-note-text cv-verbatim' : 'cv-note-text'}>
          {speaker && !note.verbatim && (
            <span className="cv-speaker">
              <bdi>{speaker}</bdi>:{' '}
            </span>
          )}
          <bdi>{note.verbatim ? `“${note.text}”` : note.text}</bdi>
          {speaker && note.verbatim && (
            <span className="cv-speaker">
              {' '}
              — <bdi>{speaker}</bdi>
            </span>
          )}
        </p>
      )}
      {(!dense || note.state !== 'saved') && (
        <p className={note.state === 'failed' ? 'cv-meta cv-failed' : 'cv-meta'}>
          {dense ? '' : time}
          {note.state === 'saving' && (dense ? 'Saving…' : ' · Saving…')}
          {note.state === 'failed' && (dense ? 'Not saved' : ' · Not saved')}
        </p>
      )}
      {note.state === 'failed' && actions && (
        <button type="button" className="cv-retry" onClick={() => actions.retry(note.id)}>
          Try again
        </button>
      )}
      {actions && note.state === 'saved' && !editing && (
        <button
          type="button"
          className="cv-note-menu"
          aria-label={`Actions for the note “${preview}”`}
          aria-haspopup="menu"
          onClick={(event) => actions.openMenu(note.id, event.currentTarget)}
        >
          {more}
        </button>
      )}
    </article>
  )
})
