import { runCli } from '../../electron/cli/convene.ts'

/**
 * Run by verify-bench.ts in a process of its own: `convene verify FILE`, then the process's peak memory
 * (resident set, as the operating system counts it) and what verify said, as one JSON line.
 */
const file = process.argv[2] ?? ''
let said = ''
const started = performance.now()
const code = await runCli(['verify', file], { out: (text) => (said += text), err: (text) => (said += text) })
process.stdout.write(
  `${JSON.stringify({
    code,
    said: said.trim(),
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    milliseconds: performance.now() - started,
  })}\n`,
)
