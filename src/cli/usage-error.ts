import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: reported with the command's help, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's options and positionals; an unknown or malformed option is a UsageError. */
export function parseCommandArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
