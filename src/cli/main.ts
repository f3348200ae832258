/**
 * `sourceline` command line: dispatches to a command, turns every failure into a one-line message
 * and an exit code (never a stack trace).
 */
import { runExtract, EXTRACT_HELP } from './commands/extract';
import { runTag, TAG_HELP } from './commands/tag';
import { UsageError } from './usage-error';

const HELP = `sourceline — turn a folder of documents into a timeline linked to its sources

Usage:
  sourceline extract [PATHS...] [--out FILE]   extract a timeline (default: data/ -> public/timeline.json)
  sourceline tag --ref DATE FILE               print the date mentions of FILE as JSON
  sourceline COMMAND --help                    help for one command

Exit codes: 0 success (possibly with warnings), 1 nothing could be read or a run failed,
2 wrong usage.`;

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  extract: { run: runExtract, help: EXTRACT_HELP },
  tag: { run: runTag, help: TAG_HELP },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`sourceline: unknown command "${name}"\n\n${HELP}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sourceline ${name}: ${error.message}\n\n${command.help}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sourceline ${name}: ${message}\n`);
    if (process.env.SOURCELINE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
