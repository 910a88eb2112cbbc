/**
 * A child process for the crash test: opens the store, then changes a meeting over and over through its
 * journal, printing the number of each change once the store has acknowledged it. The test kills it at
 * random moments.
 *
 *   node tests/helpers/crash-writer.ts FOLDER KEY_HEX MEETING_ID
 */
import { MeetingStore } from '../../electron/services/store/meeting-store.ts'
import { createMemoryLogger } from '../../electron/services/logger.ts'
import { MeetingCommandSchema } from '../../shared/meeting/meeting-command.ts'
import { meetingWithNotes } from './meeting-with-notes.ts'

const [folder = '', keyHex = '', meetingId = ''] = process.argv.slice(2)
const store = await MeetingStore.open({
  folder,
  key: Buffer.from(keyHex, 'hex'),
  now: () => new Date(),
  logger: createMemoryLogger(),
})

if (!store.list().some((entry) => entry.id === meetingId)) {
  const meeting = meetingWithNotes(300, meetingId)
  const imported = await store.importMeeting(meeting)
  if (!imported.ok) throw new Error(imported.error.message)
}
const loaded = await store.get(meetingId)
if (!loaded.ok) throw new Error(loaded.error.message)
let count = Number(/save (\d+)/.exec(loaded.value.meeting.purpose)?.[1] ?? '0')
process.stdout.write('ready\n')

for (;;) {
  count += 1
  const n = count
  const command = MeetingCommandSchema.parse({
    type: 'update-details',
    patch: { purpose: `save ${n}`, ...(n % 7 === 0 ? { familyName: `Family ${n}` } : {}) },
  })
  const result = await store.apply(meetingId, command)
  if (!result.ok) throw new Error(result.error.message)
  process.stdout.write(`${n}\n`)
}
