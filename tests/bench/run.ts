import { benchStore } from './store-bench.ts'
import { benchRenderer } from './renderer-bench.ts'
import { benchLiveMeeting } from './live-bench.ts'
import { benchLanguage } from './language-bench.ts'
import { benchLanguageCheck } from './language-check-bench.ts'
import { benchExport } from './export-bench.ts'
import { benchVerify } from './verify-bench.ts'

/**
 * `npm run bench`: performance figures, printed as numbers. Never run as tests with time limits; the
 * figures depend on the machine. Each later feature adds its own lines here.
 */
const parts: Record<string, () => unknown> = {
  store: benchStore,
  renderer: benchRenderer,
  live: benchLiveMeeting,
  language: benchLanguage,
  'language-check': benchLanguageCheck,
  export: benchExport,
  verify: benchVerify,
}
// `npm run bench -- language` runs only the parts named; with none, all of them.
const named = process.argv.slice(2)
const unknown = named.filter((name) => !(name in parts))
if (unknown.length > 0) {
  process.stderr.write(
    `No bench called ${unknown.join(', ')}: choose from ${Object.keys(parts).join(', ')}\n`,
  )
  process.exit(2)
}
process.stdout.write(`Convene benchmarks on Node ${process.version}, ${new Date().toISOString()}\n\n`)
for (const [name, run] of Object.entries(parts)) if (named.length === 0 || named.includes(name)) await run()
