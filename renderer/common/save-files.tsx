import { useCallback, useState, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import type { Result } from '../../shared/util/result.ts'
import { convene } from '../api/convene.ts'
import { download, fromBase64 } from './download.ts'

/** A file to save, as the main process returns exported documents. */
export type FileToSave = { readonly fileName: string; readonly base64: string }

const typeOf = (fileName: string): string =>
  fileName.endsWith('.docx')
    ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    : fileName.endsWith('.eml')
      ? 'message/rfc822'
      : fileName.endsWith('.csv')
        ? 'text/csv'
        : fileName.endsWith('.json')
          ? 'application/json'
          : 'application/octet-stream'

/** What saving came to: what to tell the user, if anything, and whether they cancelled the dialog. */
export type SaveOutcome = { readonly message: string | null; readonly cancelled: boolean }

/**
 * Saves files for the user: in the app, where they choose in one dialog (a folder for several); in a
 * browser, as downloads. Resolves with what to tell the user ('Saved … in …', or nothing where the
 * browser's own downloads bar says it), whether the dialog was cancelled, or why it failed.
 */
export async function saveFiles(files: ReadonlyArray<FileToSave>): Promise<Result<SaveOutcome>> {
  const result = await convene().files.save({ files: [...files] })
  if (!result.ok) return result
  const outcome = result.value
  if (outcome.mode === 'page') {
    for (const file of files)
      download(file.fileName, new Blob([fromBase64(file.base64)], { type: typeOf(file.fileName) }))
    return { ok: true, value: { message: null, cancelled: false } }
  }
  if (outcome.mode === 'cancelled') return { ok: true, value: { message: null, cancelled: true } }
  const what = outcome.fileNames.length === 1 ? outcome.fileNames[0] : `${outcome.fileNames.length} documents`
  return { ok: true, value: { message: `Saved ${what} in ${outcome.folder}`, cancelled: false } }
}

/** `saveFiles` for a screen, with the 'Saved … in …' notice to show where the screen shows its messages. */
export function useFileSaver(): {
  readonly save: (files: ReadonlyArray<FileToSave>) => Promise<Result<SaveOutcome>>
  readonly notice: ReactNode
} {
  const [notice, setNotice] = useState<string | null>(null)
  const save = useCallback(async (files: ReadonlyArray<FileToSave>) => {
    setNotice(null)
    const saved = await saveFiles(files)
    if (saved.ok) setNotice(saved.value.message)
    return saved
  }, [])
  return {
    save,
    notice: notice ? (
      <Alert severity="success" role="status" sx={{ mb: 1 }} onClose={() => setNotice(null)}>
        {notice}
      </Alert>
    ) : null,
  }
}
