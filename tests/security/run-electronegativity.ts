import { spawnSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Runs Doyensec's Electronegativity over what ships (the Electron sources and the built index.html with
 * its CSP) and fails if it reports a HIGH or MEDIUM finding that docs/security.md does not list as
 * reviewed. The tool is old and brings its own dependency tree, so it lives in its own folder
 * (tests/security/electronegativity) and is installed there on first use.
 */
const root = join(import.meta.dirname, '../..')
const toolFolder = join(import.meta.dirname, 'electronegativity')
const tool = join(toolFolder, 'node_modules/@doyensec/electronegativity/dist/index.js')
const electronVersion = (
  JSON.parse(await readFile(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version

if (!existsSync(tool)) {
  process.stdout.write('Installing Electronegativity in tests/security/electronegativity (first run only)…\n')
  const install = spawnSync(
    'npm',
    ['ci', '--prefix', toolFolder, '--no-audit', '--no-fund', '--loglevel=error'],
    { stdio: 'inherit' },
  )
  if (install.status !== 0) {
    process.stderr.write('Electronegativity could not be installed.\n')
    process.exit(2)
  }
}
if (!existsSync(join(root, 'out/renderer/index.html'))) {
  process.stderr.write('Build the app first (npm run build): the check reads the built index.html.\n')
  process.exit(2)
}

const stage = await mkdtemp(join(tmpdir(), 'convene-electronegativity-'))
const report = join(stage, 'report.csv')
try {
  await mkdir(join(stage, 'app'))
  await cp(join(root, 'electron'), join(stage, 'app/electron'), {
    recursive: true,
    filter: (path) => !path.includes(`${join('electron', 'host')}`),
  })
  await cp(join(root, 'out/renderer/index.html'), join(stage, 'app/index.html'))
  // The tool tries to fetch Electron's release list and crashes on its retry timer when offline, after it
  // has written the report; so the report, not the exit code, is the result.
  spawnSync(
    process.execPath,
    [tool, '-i', join(stage, 'app'), '-e', electronVersion, '-o', report, '-r', '-v', 'false'],
    {
      cwd: toolFolder,
      stdio: 'ignore',
      timeout: 120_000,
      env: { ...process.env, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' },
    },
  )
  if (!existsSync(report)) {
    process.stderr.write('Electronegativity did not write a report.\n')
    process.exit(2)
  }
  const rows = parseCsv(await readFile(report, 'utf8'))
    .slice(1)
    .filter((cells) => cells.length >= 5)
    .map((cells) => ({
      check: cells[0] ?? '',
      severity: cells[1] ?? '',
      confidence: cells[2] ?? '',
      file: cells[3] ?? '',
      location: cells[4] ?? '',
    }))
  const reviewedText = await readFile(join(root, 'docs/security.md'), 'utf8')
  const reviewed = new Set(
    [...reviewedText.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|/gm)].map(
      (match) => `${match[1]} ${match[2]}`,
    ),
  )
  const serious = rows.filter((row) => row.severity === 'HIGH' || row.severity === 'MEDIUM')
  const unreviewed = serious.filter((row) => !reviewed.has(`${row.check} ${row.file}`))
  process.stdout.write(
    `Electronegativity ${electronVersion}: ${rows.length} findings, ${serious.length} HIGH or MEDIUM, ${unreviewed.length} not reviewed.\n`,
  )
  for (const row of rows) {
    const mark = unreviewed.includes(row) ? 'NOT REVIEWED' : serious.includes(row) ? 'reviewed' : 'low'
    process.stdout.write(`  [${mark}] ${row.severity} ${row.check} ${row.file}:${row.location}\n`)
  }
  if (unreviewed.length > 0) {
    process.stderr.write(
      'Fix these, or write each up in docs/security.md under "Reviewed findings" with the reason.\n',
    )
    process.exitCode = 1
  }
} finally {
  await rm(stage, { recursive: true, force: true })
}

/** Splits CSV text into rows of cells (quoted cells may hold commas, newlines and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell.trim())
      cell = ''
    } else if (char === '\n') {
      row.push(cell.trim())
      rows.push(row)
      row = []
      cell = ''
    } else cell += char
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell.trim()])
  return rows
}
