/** `sourceline tag --ref DATE FILE`: the tagger's mentions of one file, as JSON on stdout. */
import { readFile } from 'node:fs/promises';
import { tagDates } from '../../extract/tagger/tag-dates';
import { decodeText } from '../corpus/decode-text';
import { parseReference } from '../reference-arg';
import { parseCommandArgs, UsageError } from '../usage-error';

export const TAG_HELP = `Usage: sourceline tag --ref DATE [--tz OFFSET] [--full] FILE

Prints a JSON array of the date mentions in FILE, resolved against DATE:
  [{"start": 123, "end": 133, "text": "January 10", "type": "DATE", "value": "2022-01-10"}, ...]
start/end are UTF-16 offsets into the file's text as read (UTF-8, no normalisation; a BOM
is kept as one character; UTF-16 and legacy encodings are decoded as \`extract\` does);
type is a TimeML TIMEX3 type (DATE, TIME, DURATION, SET), value a TIMEX3 value.

Options:
  --ref DATE     reference date: YYYY-MM-DD or an ISO date-time (required)
  --tz OFFSET    UTC offset for the reference, e.g. +02:00 or 120 (default: the offset in --ref, else 0)
  --full         also print precision, interval, approximate, anchoring and rule (and pointsAt:
                 the date "two years later" leads to from the story's last date)`;

export async function runTag(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { ref: { type: 'string' }, tz: { type: 'string' }, full: { type: 'boolean' } });
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
  const reference = parseReference(values.ref, values.tz);
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // The same decoding as `extract`, so a file's offsets agree between the two commands.
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`cannot tag ${file}: ${decoded.reason}`);
  if (decoded.note) process.stderr.write(`sourceline tag: ${file}: ${decoded.note}\n`);
  const text = decoded.text;
  const mentions = tagDates(text, reference);
  const out = values.full
    ? mentions
    : mentions.map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  return 0;
}
