import { describe, expect, it } from 'vitest'
import type { MeetingCommandInput } from '../../shared/meeting/meeting-command.ts'
import type { Meeting } from '../../shared/meeting/meeting.ts'
import type { Result } from '../../shared/util/result.ts'
import type { SaveState } from '../../renderer/common/save-status.tsx'
import { CommandQueue } from '../../renderer/meeting/command-queue.ts'
import { aMeetingForRenderer } from './meeting.ts'

/** A stand-in for main: records each command and answers only when the test says so. */
function aMain(answers: Array<'ok' | 'disk-full' | 'not-found'> = []) {
  const sent: MeetingCommandInput[] = []
  const waiting: Array<() => void> = []
  let meeting = aMeetingForRenderer()
  const send = (_id: string, command: MeetingCommandInput): Promise<Result<Meeting>> =>
    new Promise((resolve) => {
      sent.push(command)
      waiting.push(() => {
        const answer = answers.shift() ?? 'ok'
        if (answer === 'disk-full')
          resolve({ ok: false, error: { code: 'disk-full', message: 'The disk is full.' } })
        else if (answer === 'not-found')
          resolve({
            ok: false,
            error: { code: 'not-found', message: 'That note is no longer in the minutes.' },
          })
        else {
          meeting = {
            ...meeting,
            revision: meeting.revision + 1,
            updatedAt: `2026-12-02T10:0${meeting.revision}:00.000Z`,
          }
          resolve({ ok: true, value: meeting })
        }
      })
    })
  const answerNext = async (): Promise<void> => {
    waiting.shift()?.()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { sent, send, answerNext }
}

const location = (text: string): MeetingCommandInput => ({
  type: 'update-details',
  patch: { location: text },
})

function aQueue(main: ReturnType<typeof aMain>) {
  const states: SaveState[] = []
  const saved: Meeting[] = []
  const queue = new CommandQueue({
    meetingId: 'm',
    send: main.send,
    onSaved: (meeting) => saved.push(meeting),
    onState: (state) => states.push(state),
  })
  return { queue, states, saved }
}

describe('CommandQueue', () => {
  it('sends one command at a time, and lets a later change to the same field replace one still waiting', async () => {
    const main = aMain()
    const { queue, states } = aQueue(main)
    const first = queue.enqueue(location('R'), 'location')
    void queue.enqueue(location('Ro'), 'location')
    void queue.enqueue(location('Roo'), 'location')
    const last = queue.enqueue(location('Room 4'), 'location')
    expect(main.sent).toEqual([location('R')])
    await main.answerNext()
    expect((await first).ok).toBe(true)
    expect(main.sent).toEqual([location('R'), location('Room 4')])
    await main.answerNext()
    expect((await last).ok).toBe(true)
    expect(states.at(-1)?.state).toBe('saved')
  })

  it('keeps commands in order when they are about different things', async () => {
    const main = aMain()
    const { queue } = aQueue(main)
    void queue.enqueue({ type: 'start-meeting' })
    void queue.enqueue({
      type: 'add-note',
      noteId: crypto.randomUUID(),
      sectionKey: null,
      speakerId: null,
      text: 'One',
      visibility: { to: 'everyone' },
      verbatim: false,
    })
    void queue.enqueue({
      type: 'add-note',
      noteId: crypto.randomUUID(),
      sectionKey: null,
      speakerId: null,
      text: 'Two',
      visibility: { to: 'everyone' },
      verbatim: false,
    })
    for (let answer = 0; answer < 3; answer += 1) await main.answerNext()
    expect(main.sent.map((command) => command.type)).toEqual(['start-meeting', 'add-note', 'add-note'])
  })

  it('stops on a full disk, says so, keeps the change, and sends it again at the next change', async () => {
    const main = aMain(['disk-full'])
    const { queue, states } = aQueue(main)
    void queue.enqueue(location('Room 4'), 'location')
    await main.answerNext()
    expect(states.at(-1)).toEqual({ state: 'not-saved', message: 'The disk is full.' })
    expect(queue.busy).toBe(true)
    void queue.enqueue({ type: 'update-details', patch: { purpose: 'To agree a plan' } }, 'purpose')
    expect(main.sent.at(-1)).toEqual(location('Room 4'))
    await main.answerNext()
    await main.answerNext()
    expect(main.sent).toEqual([
      location('Room 4'),
      location('Room 4'),
      { type: 'update-details', patch: { purpose: 'To agree a plan' } },
    ])
    expect(states.at(-1)?.state).toBe('saved')
  })

  it('tries again by itself after a full disk, as an outbox does: nobody has to press anything', async () => {
    const main = aMain(['disk-full'])
    const states: SaveState[] = []
    const queue = new CommandQueue({
      meetingId: 'm',
      send: main.send,
      onSaved: () => undefined,
      onState: (state) => states.push(state),
      retryAfter: 20,
    })
    void queue.enqueue(location('Room 4'), 'location')
    await main.answerNext()
    expect(states.at(-1)?.state).toBe('not-saved')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(main.sent).toEqual([location('Room 4'), location('Room 4')])
    await main.answerNext()
    expect(states.at(-1)?.state).toBe('saved')
    expect(queue.busy).toBe(false)
  })

  it('sends again on Try again', async () => {
    const main = aMain(['disk-full'])
    const { queue, states } = aQueue(main)
    void queue.enqueue(location('Room 4'), 'location')
    await main.answerNext()
    queue.retry()
    await main.answerNext()
    expect(main.sent).toHaveLength(2)
    expect(states.at(-1)?.state).toBe('saved')
  })

  it('sends the newest text last when typing carries on while the disk is full', async () => {
    const main = aMain(['disk-full', 'disk-full'])
    const { queue, states } = aQueue(main)
    void queue.enqueue(location('R'), 'location')
    void queue.enqueue(location('Ro'), 'location')
    await main.answerNext()
    expect(states.at(-1)?.state).toBe('not-saved')
    // A keystroke while the queue is stopped: the text it carries is the newest, and must be sent last.
    void queue.enqueue(location('Room 4'), 'location')
    await main.answerNext()
    expect(states.at(-1)?.state).toBe('not-saved')
    queue.retry()
    await main.answerNext()
    await main.answerNext()
    expect(main.sent.at(-1)).toEqual(location('Room 4'))
    expect(states.at(-1)?.state).toBe('saved')
  })

  it("sends the very same note again on 'Try again', with the id its sender chose", async () => {
    const main = aMain(['disk-full'])
    const { queue, states } = aQueue(main)
    const noteId = crypto.randomUUID()
    const saved = queue.enqueue({
      type: 'add-note',
      noteId,
      sectionKey: null,
      speakerId: null,
      text: 'Siobhán said the bus helps.',
      visibility: { to: 'everyone' },
      verbatim: false,
    })
    await main.answerNext()
    queue.retry()
    await main.answerNext()
    expect((await saved).ok).toBe(true)
    expect(main.sent).toHaveLength(2)
    expect(main.sent[1]).toEqual(main.sent[0])
    expect(main.sent[1]).toMatchObject({ noteId })
    expect(states.at(-1)?.state).toBe('saved')
  })

  it("never says 'All changes saved' after a change was refused, until a later one is saved", async () => {
    const main = aMain(['not-found'])
    const { queue, states } = aQueue(main)
    void queue.enqueue({ type: 'delete-note', noteId: '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12' })
    await main.answerNext()
    expect(states.at(-1)).toEqual({ state: 'refused', message: 'That note is no longer in the minutes.' })
    void queue.enqueue(location('Room 4'), 'location')
    await main.answerNext()
    expect(states.at(-1)?.state).toBe('saved')
  })

  it('passes a refusal back to its caller and carries on with the rest', async () => {
    const main = aMain(['not-found'])
    const { queue } = aQueue(main)
    const refused = queue.enqueue({ type: 'delete-note', noteId: '6f1d2a7e-4b8c-4d2e-9a31-5c7b0e8f9a12' })
    const next = queue.enqueue(location('Room 4'), 'location')
    await main.answerNext()
    expect(await refused).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That note is no longer in the minutes.' },
    })
    await main.answerNext()
    expect((await next).ok).toBe(true)
  })

  it('knows a change it caused from one made elsewhere, once its command on the way is answered', async () => {
    const main = aMain()
    const { queue } = aQueue(main)
    void queue.enqueue(location('Room 4'), 'location')
    // Main announces revision 1 before it answers: the queue waits for its answer rather than guessing.
    const ours = queue.covers(1)
    await main.answerNext()
    expect(await ours).toBe(true)
    // Revision 2 came from another window: nothing this queue sent made it.
    expect(await queue.covers(2)).toBe(false)
  })

  it('says a refused signed change is refused, not waiting: the queue does not stall on it', async () => {
    const states: SaveState[] = []
    const queue = new CommandQueue({
      meetingId: 'm',
      send: async () => ({
        ok: false,
        error: { code: 'signed', message: 'These minutes are signed and locked.' },
      }),
      onSaved: () => undefined,
      onState: (state) => states.push(state),
    })
    const first = await queue.enqueue(location('Room 4'), 'location')
    expect(first.ok).toBe(false)
    expect(queue.busy).toBe(false)
    expect(states.at(-1)).toEqual({ state: 'refused', message: 'These minutes are signed and locked.' })
  })
})
