import { useEffect, useRef, useState } from 'react'
import type { Problem } from '../../shared/meeting/migrations.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import { wholeFile } from '../../shared/model/problems.ts'
import { convene } from '../api/convene.ts'
import { Message, PlainButton } from '../plain/plain.tsx'
import { onImportRequest } from './import-request.ts'
import { readTextFile } from '../../shared/text/decode-text.ts'
import { meetingFileTooLarge, mostMeetingFileBytes } from '../../shared/meeting/file-limits.ts'

type Props = { readonly onImported: (meeting: Meeting) => void; readonly openRequest?: number }

/**
 * Imports a meeting from an interchange file (JSON). A file that is not a meeting gets every problem listed
 * with where it is, and nothing in Convene changes.
 */
export function ImportMeetingButton({ onImported }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const [problems, setProblems] = useState<ReadonlyArray<Problem> | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const importText = async (text: string): Promise<void> => {
    setProblems(null)
    setFailure(null)
    const result = await convene().meetings.importInterchange(text)
    if (!result.ok) setFailure(result.error.message)
    else if (result.value.imported) onImported(result.value.meeting)
    else setProblems(result.value.problems)
  }

  // The app opens its own dialog (as the File menu must: a page may not open its file chooser unasked);
  // in a browser, the page's file input does it.
  const choose = async (): Promise<void> => {
    const opened = await convene().files.openMeetingFile()
    if (!opened.ok) {
      setProblems(null)
      setFailure(opened.error.message)
    } else if (opened.value.mode === 'page') input.current?.click()
    else if (opened.value.file) await importText(opened.value.file.text)
  }
  const latestChoose = useRef(choose)
  useEffect(() => {
    latestChoose.current = choose
  })
  useEffect(() => onImportRequest(() => void latestChoose.current()), [])

  return (
    <>
      <PlainButton
        ref={button}
        variant="outlined"
        startIcon="fileOpen"
        onClick={() => void choose()}
        id="import-meeting"
      >
        Import meeting file…
      </PlainButton>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Meeting file to import"
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (!file) return
          // Over the limit main keeps too: refused before it is read, as the desktop app's dialog does.
          if (file.size > mostMeetingFileBytes) return setFailure(meetingFileTooLarge)
          void readTextFile(file).then((read) => (read.ok ? importText(read.text) : setFailure(read.problem)))
        }}
      />
      {(problems || failure) && (
        <div className="import-problem">
          <Message
            severity="error"
            title="That file could not be imported"
            onClose={() => {
              setProblems(null)
              setFailure(null)
              // The message goes: the focus goes back to the button it came from, not to the page.
              button.current?.focus()
            }}
          >
            {failure}
            {problems && problems.length === 1 && problems[0]?.path === wholeFile ? (
              // One plain sentence about the whole file: said as such, not as a list with a path.
              <p style={{ margin: 0 }}>{problems[0].message}</p>
            ) : (
              problems && (
                <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
                  {problems.slice(0, 20).map((problem) => (
                    <li key={`${problem.path}:${problem.message}`}>
                      <code>{problem.path}</code>: {problem.message}
                    </li>
                  ))}
                  {problems.length > 20 && <li>and {problems.length - 20} more</li>}
                </ul>
              )
            )}
          </Message>
        </div>
      )}
    </>
  )
}
