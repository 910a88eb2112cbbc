import { benchStore } from './store-bench.ts'
import { benchRenderer } from './renderer-bench.ts'
import { benchLiveMeeting } from './live-bench.ts'
import { benchLanguage } from './language-bench.ts'
import { benchLanguageCheck } from './language-check-bench.ts'
import { benchExport } from './export-bench.ts'

/**
 * `npm run bench`: performance figures, printed as numbers. Never run as tests with time limits; the
 * figures depend on the machine. Each later feature adds its own lines here.
 */
process.stdout.write(`Convene benchmarks on Node ${process.version}, ${new Date().toISOString()}\n\n`)
await benchStore()
await benchRenderer()
await benchLiveMeeting()
benchLanguage()
await benchLanguageCheck()
await benchExport()
