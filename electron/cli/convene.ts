import { interchangeJsonSchema, readInterchange } from '../../shared/meeting/interchange.ts'
import { readText, type CliOutput } from './cli-files.ts'
import { render } from './render-command.ts'
import { verify } from './verify-command.ts'
import { audit, history } from './journal-commands.ts'

/**
 * Convene without the window, for administrators and scripts: `npm run convene -- <command>`.
 * Exit codes: 0 success, 1 the file has problems, 2 the command itself could not run.
 */
export type { CliOutput } from './cli-files.ts'

const usage = `Usage: convene <command>

Commands:
    validate <meeting.json>   Check a meeting file in Convene's interchange format and list every problem.
    render <meeting.json> --out <folder> [--sign-with <file.p12>]
                            Write the minutes, the family's copy, the decision letter and the outline plan
                            as Word documents; with --sign-with, sign each with that certificate (its
                            password from the CONVENE_P12_PASSWORD environment variable).
  verify <file.docx> [--trust <certificates.pem>]
                            Check a document's digital signature: whether it is unchanged since it was
                            signed, when, and with which certificate (its SHA-256 fingerprint). --trust
                            names certificates you know (a chair's, or the council's certificate
                            authority). Exit code 0 only when the signature is valid and its certificate
                            is known.
  audit --data <folder>     Check every meeting's journal in a data folder (its passphrase in the
                            CONVENE_PASSPHRASE environment variable): each change sealed and chained to
                            the one before, and each signed version rebuilt as it was signed. Exit code
                            1 when a journal is broken, naming where.
  history <meeting.json> [--all]
  history --data <folder> <meeting-id> [--all]
                            A meeting's changes in plain words, oldest first: when, who, what; sign-offs
                            and corrections marked. --all includes moving between sections and
                            housekeeping. A file's history is checked as an import checks it.
  schema                    Print the interchange format's JSON Schema.
  help                      Show this help.

The interchange format is described in docs/meeting-format.md.`

/**
 * Runs one command and returns its exit code. Whatever happens, the answer is a plain message and exit code
 * 1 or 2, never a stack trace: a failure no command expected is reported as the command not finishing.
 */
export async function runCli(args: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  try {
    return await run(args, io)
  } catch (error) {
    const why = error instanceof Error && error.name === 'RangeError' ? ' (the input is too large)' : ''
    io.err(
      `convene ${args[0] ?? ''}: this did not finish${why}. Nothing was changed. Check the files named, and if it happens again, report it with the command you ran.\n`,
    )
    return 2
  }
}

async function run(args: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  const [command, ...rest] = args
  switch (command) {
    case 'validate':
      return validate(rest, io)
    case 'render':
      return render(rest, io)
    case 'verify':
      return verify(rest, io)
    case 'audit':
      return audit(rest, io)
    case 'history':
      return history(rest, io)
    case 'schema':
      io.out(`${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`)
      return 0
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(`${usage}\n`)
      return command === undefined ? 2 : 0
    default:
      io.err(`convene: unknown command "${command}".\n\n${usage}\n`)
      return 2
  }
}

async function validate(paths: ReadonlyArray<string>, io: CliOutput): Promise<number> {
  if (paths.length === 0) {
    io.err(
      'convene validate: name the meeting file to check, for example: npm run convene -- validate meeting.json\n',
    )
    return 2
  }
  let worst = 0
  for (const path of paths) {
    const text = await readText(path, io)
    if (text === null) {
      worst = 2
      continue
    }
    const outcome = readInterchange(text)
    if (outcome.ok) {
      io.out(
        `${path}: valid (${outcome.meeting.kind}, ${outcome.meeting.date}, ${outcome.meeting.notes.length} notes)\n`,
      )
      continue
    }
    io.out(
      `${path}: ${outcome.problems.length === 1 ? '1 problem' : `${outcome.problems.length} problems`}\n`,
    )
    for (const problem of outcome.problems) io.out(`  ${problem.path}: ${problem.message}\n`)
    worst = Math.max(worst, 1)
  }
  return worst
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  })
}
