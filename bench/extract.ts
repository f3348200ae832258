/**
 * `npm run bench:extract`: time of the whole pure core, `extractTimeline`, on one document of
 * ~0.25, 1 and 4 MB (UTF-16 code units, MB = 10^6), for two kinds of text:
 *   - dense: generated wire copy with a date every ~70 characters, many of them repeated
 *     ("Shares rose 3% on Monday", "On March 3, 1998 ...", "in 1997 ..."), deterministic;
 *   - news: the sample corpus `data/*.txt` and the TimeBank/AQUAINT texts, cycled (copies of the
 *     same article tell the same events, so merging sees many passages per event).
 * Dense text is one document; news is one document per article.
 * Also splits each run into tagging (tagDates) and event building (segment, passages, merge,
 * labels), so a slow phase shows. Prints figures only; nothing here is asserted.
 * `--sizes 0.05,0.2` runs other sizes; `--only dense|news` one kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventsFromMentions } from '../src/extract/events/events-from-mentions';
import { extractTimeline } from '../src/extract/extract-timeline';
import { tagDates } from '../src/extract/tagger/tag-dates';
import type { SourceDocument } from '../src/extract/types';
import { readTimemlFolder } from './tempeval/read-corpus';

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1_000_000;
const REFERENCE = '1998-08-07';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** A fixed linear congruential generator: every run builds the same text. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const SUBJECTS = ['Shares of Acme Corp.', 'The central bank', 'Negotiators in Geneva', 'President Clinton', 'The Senate', 'Crossland Savings', 'Rebels in the north', 'The company', 'Officials in Moscow', 'Oil prices', 'The committee', 'Voters in Ohio'];
const VERBS = ['rose 3%', 'fell sharply', 'met again', 'signed the accord', 'approved the budget', 'closed at $5', 'launched an offensive', 'reported a loss', 'rejected the offer', 'climbed to a record', 'opened hearings', 'went to the polls'];
const DATES = ['on Monday', 'on Tuesday', 'on Wednesday', 'Thursday', 'on Friday', 'on March 3, 1998', 'in 1997', 'in December 2010', 'last year', 'on Jan. 10', 'in the 1990s', 'in May', 'on August 7', 'in 1998'];
const TAILS = ['', ' after weeks of talks', ' despite protests', ', officials said', ' in heavy trading', ', the agency reported'];

/** Dense dated wire copy: one date every ~70 characters, sentences in paragraphs of 4–8. */
function denseText(size: number): string {
  const rnd = lcg(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const parts: string[] = [];
  let length = 0;
  let inParagraph = 0;
  while (length < size) {
    const date = pick(DATES);
    const sentence =
      rnd() < 0.3
        ? `${date.charAt(0).toUpperCase()}${date.slice(1)}, ${pick(SUBJECTS).replace(/^The /, 'the ')} ${pick(VERBS)}${pick(TAILS)}.`
        : `${pick(SUBJECTS)} ${pick(VERBS)} ${date}${pick(TAILS)}.`;
    const sep = ++inParagraph >= 4 + Math.floor(rnd() * 5) ? ((inParagraph = 0), '\n\n') : ' ';
    parts.push(sentence, sep);
    length += sentence.length + sep.length;
  }
  return parts.join('').slice(0, size);
}

/** News articles, each its own document (a page's footer ends its text), cycled to `size` in all. */
function newsDocs(size: number): SourceDocument[] {
  const dataDir = resolve(here, '../data');
  const sample = readdirSync(dataDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dataDir, f), 'utf8'));
  const tb = resolve(here, '../../shared/bench/timebank-aquaint');
  const timeml = ['TimeBank', 'AQUAINT'].flatMap((c) => readTimemlFolder(join(tb, c))).map((d) => d.text);
  const texts = [...sample, ...timeml];
  const docs: SourceDocument[] = [];
  for (let length = 0; length < size; ) {
    const text = texts[docs.length % texts.length]!.slice(0, size - length);
    docs.push(doc(text, docs.length));
    length += text.length;
  }
  return docs;
}

const doc = (text: string, i = 0): SourceDocument => ({ id: `d${i}`, file: `d${i}.txt`, title: 'Bench', published: REFERENCE, text });

interface Run {
  total: number;
  tag: number;
  events: number;
  mentions: number;
  eventCount: number;
}

function run(docs: SourceDocument[]): Run {
  const t0 = performance.now();
  const tagged = docs.map((d) => ({ doc: d, mentions: tagDates(d.text, { date: REFERENCE, timezone: 0 }) }));
  const t1 = performance.now();
  const { events } = eventsFromMentions(tagged);
  const t2 = performance.now();
  const mentions = tagged.reduce((n, t) => n + t.mentions.length, 0);
  return { total: t2 - t0, tag: t1 - t0, events: t2 - t1, mentions, eventCount: events.length };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);

function main(): void {
  const sizes = (arg('--sizes') ?? '0.25,1,4').split(',').map(Number);
  const only = arg('--only');
  extractTimeline([doc(denseText(20_000))]); // warm-up: JIT, compromise lexicon, chrono patterns
  console.log(`bench:extract — Node ${process.version}; one document per run; MB = 10^6 UTF-16 code units\n`);
  console.log(`${'text'.padEnd(14)}     total      tag   events   MB/s mentions   events`);
  console.log('-'.repeat(72));
  const dense = (size: number) => [doc(denseText(size))];
  for (const [kind, make] of [['dense', dense], ['news', newsDocs]] as const) {
    if (only && only !== kind) continue;
    const runs = sizes.map((size) => {
      const r = run(make(Math.round(size * MB)));
      const mbs = (size / (r.total / 1000)).toFixed(2).padStart(6);
      console.log(`${`${kind} ${size} MB`.padEnd(14)} ${s(r.total)}${s(r.tag)}${s(r.events)} ${mbs} ${String(r.mentions).padStart(8)} ${String(r.eventCount).padStart(8)}`);
      return { size, r };
    });
    const one = runs.find((x) => x.size === 1);
    const four = runs.find((x) => x.size === 4);
    if (one && four) console.log(`${kind}: time(4 MB)/time(1 MB) = ${(four.r.total / one.r.total).toFixed(2)} (target ≤ 4.4); events phase ${(four.r.events / one.r.events).toFixed(2)}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`\nbench:extract stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
