#!/usr/bin/env node
// The `convene` command. The CLI is TypeScript run by Node's own type stripping (on by default from
// Node 22.18 and 23.6); on an older Node 22 this starts it again with the flag that turns it on.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const entry = fileURLToPath(new URL('./convene.ts', import.meta.url))
// The last safety net: anything that escapes a command (an event no command awaited) is still a plain
// message and exit code 2, never a stack trace.
process.on('uncaughtException', () => {
  process.stderr.write(
    'convene: this did not finish. Nothing was changed. If it happens again, report the command you ran.\n',
  )
  process.exit(2)
})
if (process.features.typescript) {
  const { runCli } = await import(entry)
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  })
} else {
  const run = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', entry, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  )
  process.exitCode = run.status ?? 2
}
