/** `sourceline extract [PATHS...] [--out FILE]`: documents to a validated timeline JSON file. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractTimeline } from '../../extract/extract-timeline';
import { validateTimeline, type Timeline } from '../../schema/timeline';
import { readCorpus } from '../corpus/read-corpus';
import { parseTimezone } from '../reference-arg';
import { UsageError } from '../usage-error';

export const DEFAULT_INPUT = 'data';
export const DEFAULT_OUTPUT = 'public/timeline.json';
const PROGRESS_FROM = 20;

export const EXTRACT_HELP = `Usage: sourceline extract [PATHS...] [--out FILE] [--tz OFFSET] [--quiet]

Reads every document in PATHS (files or folders, default: ${DEFAULT_INPUT}/), finds dated passages,
and writes the timeline JSON (default: ${DEFAULT_OUTPUT}, which the viewer loads).

Options:
  --out FILE     where to write the timeline JSON (default: ${DEFAULT_OUTPUT})
  --tz OFFSET    UTC offset used for publication dates, e.g. +01:00 (default: 0)
  --quiet        print only the summary line

Metadata: a sources.json beside the documents, or a YYYY-MM-DD- prefix in a file name,
gives each document its publication date. Documents without one are flagged and their
relative dates ("on Monday") are reported as unresolved.

Exit codes: 0 the timeline was written (problems, if any, are listed as warnings);
1 nothing could be read, or the output could not be written; 2 wrong usage.`;

function summary(t: Timeline, out: string, merged: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const undated = t.documents.filter((d) => !d.published).length;
  return [
    plural(t.documents.length, 'document') + (undated ? ` (${undated} without a publication date)` : ''),
    plural(t.events.length, 'event') + (merged ? ` (${merged} told by several passages)` : ''),
    plural(t.unresolved.length, 'unresolved mention'),
    plural(t.problems.length, 'problem'),
  ].join(', ') + ` → ${out}`;
}

export async function runExtract(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, tz: { type: 'string' }, quiet: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const inputs = positionals.length ? positionals : [DEFAULT_INPUT];
  const out = values.out ?? DEFAULT_OUTPUT;
  const timezone = values.tz ? parseTimezone(values.tz) : 0;
  const log = (line: string) => void (values.quiet || process.stderr.write(line + '\n'));

  const corpus = await readCorpus(inputs, {
    onFile: (done, total) => {
      if (total >= PROGRESS_FROM && (done % PROGRESS_FROM === 0 || done === total)) log(`reading ${done}/${total} files`);
    },
  });
  for (const p of corpus.problems) log(`${p.severity}: ${p.file}: ${p.problem}`);
  if (corpus.documents.length === 0) {
    process.stderr.write(`sourceline extract: no document could be read from ${inputs.join(', ')} (${corpus.filesSeen} files seen)\n`);
    return 1;
  }
  const timeline = extractTimeline(corpus.documents, { timezone }, corpus.problems);
  timeline.generated = new Date().toISOString();
  const checked = validateTimeline(timeline);
  if (!checked.ok) throw new Error(`internal error, the timeline does not match its schema: ${checked.errors.join('; ')}`);
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, JSON.stringify(timeline));
  const merged = timeline.events.filter((e) => e.sources.length > 1).length;
  process.stderr.write(`sourceline: ${summary(timeline, out, merged)}\n`);
  return 0;
}
