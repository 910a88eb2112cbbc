import {
  contract,
  type ChannelName,
  type ChannelResult,
  type ParsedArgs,
} from '../../shared/contract/contract.ts'
import { problemsOf } from '../../shared/model/problems.ts'
import { fail, type Result } from '../../shared/util/result.ts'
import type { Logger } from '../services/logger.ts'

/** A handler per channel, taking the parsed arguments and returning a result value. */
export type Handlers = {
  readonly [C in ChannelName]: (...args: ParsedArgs<C>) => Promise<Result<ChannelResult<C>>>
}

/** True for a name the contract knows. */
export function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/**
 * The one place a call from a window is handled, whatever carried it (Electron IPC or the test host's
 * HTTP): the channel must exist, the arguments (arriving as `unknown`) must parse against the contract,
 * and whatever happens the caller gets a result value. A bug becomes a calm 'internal' failure and a log
 * line without personal data.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  args: unknown,
  logger: Logger,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    logger.warn('ipc.unknown-channel', {})
    return fail('unknown-channel', 'Convene does not know that request.')
  }
  const parsed = contract[channel].input.safeParse(args)
  if (!parsed.success) {
    const problems = problemsOf(parsed.error, 'arguments')
      .slice(0, 5)
      .map((problem) => `${problem.path}: ${problem.message}`)
      .join('; ')
    logger.warn('ipc.invalid-argument', { channel, problems: parsed.error.issues.length })
    return fail('invalid-argument', `That request was not in the form Convene expects (${problems}).`)
  }
  const handler = handlers[channel] as (...parsedArgs: ReadonlyArray<unknown>) => Promise<Result<unknown>>
  try {
    return await handler(...(parsed.data as ReadonlyArray<unknown>))
  } catch (error) {
    logger.error('ipc.handler-failed', { channel }, error)
    return fail(
      'internal',
      'Something went wrong and that did not finish. Everything shown as saved is safe. If it happens again, restart Convene.',
    )
  }
}
