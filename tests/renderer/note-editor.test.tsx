import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { NoteEditor } from '../../renderer/live/note-editor.tsx'

const note = {
  id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
  sectionKey: 'strengths',
  text: 'Anna said the mornings are calmer.',
  verbatim: false,
  speakerId: null,
}

describe('editing a note', () => {
  it('stays open with words typed while the edit was being saved, rather than throwing them away', async () => {
    let saved: (ok: boolean) => void = () => undefined
    const saveEdit = vi.fn(() => new Promise<boolean>((resolve) => (saved = resolve)))
    const cancelEdit = vi.fn()
    render(<NoteEditor note={note} actions={{ saveEdit, cancelEdit }} />)
    const field = screen.getByLabelText('Edit the note')
    fireEvent.change(field, { target: { value: 'Anna said the mornings are much calmer.' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    // The disk is slow: more is typed before the save answers.
    fireEvent.change(field, { target: { value: 'Anna said the mornings are much calmer now.' } })
    await act(async () => saved(true))
    expect(saveEdit).toHaveBeenCalledWith(note.id, 'Anna said the mornings are much calmer.', null)
    expect(cancelEdit).not.toHaveBeenCalled()
    expect((field as HTMLTextAreaElement).value).toBe('Anna said the mornings are much calmer now.')

    // Enter again saves the rest, and the editor closes.
    fireEvent.keyDown(field, { key: 'Enter' })
    await act(async () => saved(true))
    expect(saveEdit).toHaveBeenLastCalledWith(note.id, 'Anna said the mornings are much calmer now.', null)
    expect(cancelEdit).toHaveBeenCalledWith('note-box')
  })
})
