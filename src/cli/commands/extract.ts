/** `sourceline extract [PATHS...] [--out FILE]`: documents to a validated timeline JSON file. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractTimeline } from '../../extract/extract-timeline';
import { validateTimeline, type Timeline } from '../../schema/timeline';
import { toRows } from '../../schema/timeline-rows';
import { stringifyLineFramed } from '../../schema/line-framed-json';
import { parseMaxSize } from '../corpus/max-size';
import { parseBaseUrl, writeOembed } from '../oembed';
import { DEFAULT_MAX_BYTES, formatBytes, readCorpus } from '../corpus/read-corpus';
import { parseTimezone } from '../reference-arg';
import { parseCommandArgs, UsageError } from '../usage-error';

export const DEFAULT_INPUT = 'data';
export const DEFAULT_OUTPUT = 'public/timeline.json';
const PROGRESS_FROM = 20;

export const EXTRACT_HELP = `Usage: sourceline extract [PATHS...] [--out FILE] [--tz OFFSET] [--max-size SIZE] [--base-url URL] [--format rows|objects] [--quiet]

Reads every document in PATHS (files or folders, default: ${DEFAULT_INPUT}/), finds dated passages,
and writes the timeline JSON (default: ${DEFAULT_OUTPUT}, which the viewer loads).

Options:
  --out FILE     where to write the timeline JSON (default: ${DEFAULT_OUTPUT})
  --tz OFFSET    UTC offset used for publication dates, e.g. +01:00 (default: 0)
  --max-size SIZE skip (and report) files bigger than SIZE, e.g. 50MB (default: ${formatBytes(DEFAULT_MAX_BYTES)})
  --base-url URL also write oembed.json beside the timeline, for the folder published at URL
  --format F     rows (default): sourceline/timeline@2, each event one row of values, about
                 half the size and quicker for the viewer to read; objects: sourceline/timeline@1,
                 each event an object with named fields. The viewer reads both.
  --quiet        print only the summary line

Formats: .txt, .md/.markdown (YAML front matter), .html/.htm (main text of the page); UTF-8,
UTF-16 with BOM, or a detected legacy encoding such as windows-1252. Other files are skipped
and listed with the reason.

Metadata, first found wins: sources.json or sources.csv beside the documents; the file's own
front matter or HTML meta; a YYYY-MM-DD- prefix in the file name. Documents without a
publication date are flagged and their relative dates ("on Monday") are reported as unresolved.

Exit codes: 0 the timeline was written (bad files, if any, are listed with their reason);
1 nothing could be read, or the output could not be written; 2 wrong usage.`;

function summary(t: Timeline, out: string, merged: number, skipped: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const undated = t.documents.filter((d) => !d.published).length;
  return [
    plural(t.documents.length, 'document') + (undated ? ` (${undated} without a publication date)` : ''),
    plural(t.events.length, 'event') + (merged ? ` (${merged} told by several passages)` : ''),
    plural(t.unresolved.length, 'unresolved mention'),
    plural(t.problems.length, 'problem') + (skipped ? ` (${plural(skipped, 'file')} not read)` : ''),
  ].join(', ') + ` → ${out}`;
}

const FORMATS = ['rows', 'objects'] as const;

function parseFormat(value: string | undefined): (typeof FORMATS)[number] {
  if (value === undefined) return 'rows';
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`--format must be rows or objects, not "${value}"`);
  return format;
}

export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { out: { type: 'string' }, tz: { type: 'string' }, 'max-size': { type: 'string' }, 'base-url': { type: 'string' }, format: { type: 'string' }, quiet: { type: 'boolean' } });
  const { values, positionals } = parsed;
  const inputs = positionals.length ? positionals : [DEFAULT_INPUT];
  const out = values.out ?? DEFAULT_OUTPUT;
  const timezone = values.tz ? parseTimezone(values.tz) : 0;
  const maxBytes = values['max-size'] ? parseMaxSize(values['max-size']) : DEFAULT_MAX_BYTES;
  const baseUrl = values['base-url'] !== undefined ? parseBaseUrl(values['base-url']) : null;
  const format = parseFormat(values.format);
  const log = (line: string) => void (values.quiet || process.stderr.write(line + '\n'));

  const corpus = await readCorpus(inputs, {
    maxBytes,
    onFile: (done, total) => {
      if (total >= PROGRESS_FROM && (done % PROGRESS_FROM === 0 || done === total)) log(`reading ${done}/${total} files`);
    },
  });
  const nothingRead = corpus.documents.length === 0;
  for (const p of corpus.problems) if (nothingRead || !values.quiet) process.stderr.write(`${p.severity}: ${p.file}: ${p.problem}\n`);
  if (nothingRead) {
    process.stderr.write(`sourceline extract: no document could be read from ${inputs.join(', ')} (${corpus.filesSeen} files seen)\n`);
    return 1;
  }
  const timeline = extractTimeline(corpus.documents, { timezone }, corpus.problems);
  timeline.generated = new Date().toISOString();
  const checked = validateTimeline(timeline);
  if (!checked.ok) throw new Error(`internal error, the timeline does not match its schema: ${checked.errors.join('; ')}`);
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, stringifyLineFramed(format === 'rows' ? toRows(timeline) : timeline));
  if (baseUrl) log(`oEmbed for ${baseUrl.href} → ${await writeOembed(baseUrl, timeline, out)}`);
  const merged = timeline.events.filter((e) => e.sources.length > 1).length;
  const skipped = new Set(corpus.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  process.stderr.write(`sourceline: ${summary(timeline, out, merged, skipped)}\n`);
  return 0;
}
