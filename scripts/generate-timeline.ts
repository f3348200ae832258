/**
 * Generates a large, valid Sourceline timeline for benchmarks and browser tests: N events over
 * 30 years (1996–2025, with news bursts), every precision from day to century, approximate dates,
 * labels of 2–14 words, 1–3 sources each in several documents on several sites (one document
 * without a publication date). Seeded: the same arguments always give the same file, written in
 * the rows form (timeline@2) as `sourceline extract` writes it.
 *
 *   npx tsx scripts/generate-timeline.ts --events 100000 --seed 1 --out bench/out/timeline-100k.json
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { stringifyLineFramed } from '../src/schema/line-framed-json';
import { toRows } from '../src/schema/timeline-rows';
import {
  TIMELINE_SCHEMA,
  validateTimeline,
  type EventDate,
  type EventSource,
  type Precision,
  type Timeline,
  type TimelineDocument,
  type TimelineEvent,
} from '../src/schema/timeline';

export interface GenerateOptions {
  events: number;
  seed?: number;
  documents?: number;
  /** First and last year (inclusive) of the spread. */
  fromYear?: number;
  toYear?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WORDS = (
  'minister talks summit agreement treaty sanctions election parliament court ruling protest strike budget ' +
  'report inquiry merger launch vote referendum ceasefire deal visit statement memo leak audit verdict appeal ' +
  'council reform bill decree tariff pipeline border troops embassy envoy accord charter pact crisis recovery'
).split(' ');
const SUBJECTS = ['The government', 'Officials', 'The committee', 'Regulators', 'Negotiators', 'The company', 'Lawmakers', 'Observers'];
const SITES = ['news.example.org', 'daily.example.com', 'wire.example.net', 'archive.example.org'];
const SEASONS = [
  ['SP', 2, 'spring'],
  ['SU', 5, 'summer'],
  ['FA', 8, 'autumn'],
  ['WI', 11, 'winter'],
] as const;

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));

/** A date at the given precision containing `day`, with its TIMEX value and how a text says it. */
function dateAt(precision: Precision, day: Date, approximate: boolean): { date: EventDate; said: string } {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  const mk = (value: string, start: Date, end: Date, said: string) => ({
    date: { value, start: iso(start), end: iso(end), precision, approximate },
    said: approximate ? said.replace(/^(on|in) /, 'around ') : said,
  });
  switch (precision) {
    case 'day':
      return mk(iso(day), day, utc(y, m, day.getUTCDate() + 1), `on ${day.getUTCDate()} ${MONTHS[m]} ${y}`);
    case 'week': {
      const monday = utc(y, m, day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
      const thursday = utc(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 3);
      const weekYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - utc(weekYear, 0, 1).getTime()) / 86_400_000 / 7) + 1;
      const end = utc(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 7);
      return mk(`${weekYear}-W${pad(week)}`, monday, end, `in the week of ${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`);
    }
    case 'month':
      return mk(`${y}-${pad(m + 1)}`, utc(y, m), utc(y, m + 1), `in ${MONTHS[m]} ${y}`);
    case 'quarter': {
      const q = Math.floor(m / 3);
      return mk(`${y}-Q${q + 1}`, utc(y, q * 3), utc(y, q * 3 + 3), `in the ${['first', 'second', 'third', 'fourth'][q]} quarter of ${y}`);
    }
    case 'season': {
      const [code, first, name] = SEASONS[Math.floor(((m + 1) % 12) / 3)]!;
      return mk(`${y}-${code}`, utc(y, first), utc(y, first + 3), `in the ${name} of ${y}`);
    }
    case 'half': {
      const h = m < 6 ? 0 : 1;
      return mk(`${y}-H${h + 1}`, utc(y, h * 6), utc(y, h * 6 + 6), `in the ${h ? 'second' : 'first'} half of ${y}`);
    }
    case 'year':
      return mk(String(y), utc(y), utc(y + 1), `in ${y}`);
    case 'decade': {
      const d = Math.floor(y / 10) * 10;
      return mk(String(d / 10), utc(d), utc(d + 10), `in the ${d}s`);
    }
    case 'century': {
      const c = Math.floor(y / 100) * 100;
      return mk(String(c / 100), utc(c), utc(c + 100), `in the ${c / 100 + 1}th century`);
    }
  }
}

const PRECISION_WEIGHTS: Array<[Precision, number]> = [
  ['day', 0.6],
  ['week', 0.05],
  ['month', 0.14],
  ['quarter', 0.03],
  ['season', 0.02],
  ['half', 0.02],
  ['year', 0.1],
  ['decade', 0.035],
  ['century', 0.005],
];

function pick<T>(rand: () => number, weighted: Array<[T, number]>): T {
  let r = rand();
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1]![0];
}

export function generateTimeline(options: GenerateOptions): Timeline {
  const rand = random(options.seed ?? 1);
  const nDocs = options.documents ?? 12;
  const fromYear = options.fromYear ?? 1996;
  const toYear = options.toYear ?? 2025;
  const t0 = utc(fromYear).getTime();
  const span = utc(toYear + 1).getTime() - t0;
  const bursts = Array.from({ length: 40 }, () => ({ at: t0 + rand() * span, width: 86_400_000 * (2 + rand() * 40) }));
  const int = (n: number) => Math.floor(rand() * n);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[int(WORDS.length)]!).join(' ');

  const docs: TimelineDocument[] = Array.from({ length: nDocs }, (_, d) => {
    const site = SITES[d % SITES.length]!;
    const published = d === nDocs - 1 ? null : iso(utc(toYear, int(12), 1 + int(28)));
    return {
      id: `doc-${pad(d + 1, 3)}`,
      file: `doc-${pad(d + 1, 3)}.txt`,
      title: `${words(1 + int(3)).replace(/^./, (c) => c.toUpperCase())} report ${d + 1}`,
      published,
      url: d % 5 === 4 ? null : `https://${site}/story/${d + 1}`,
      ...(published ? {} : { flags: ['no-publication-date'] }),
    };
  });
  const texts: string[][] = docs.map(() => []);
  const lengths = docs.map(() => 0);

  const events: TimelineEvent[] = [];
  for (let e = 0; e < options.events; e++) {
    const burst = rand() < 0.4 ? bursts[int(bursts.length)]! : null;
    const time = burst ? burst.at + (rand() - 0.5) * burst.width : t0 + rand() * span;
    const day = new Date(Math.min(t0 + span - 86_400_000, Math.max(t0, time)));
    const precision = pick(rand, PRECISION_WEIGHTS);
    const { date, said } = dateAt(precision, utc(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()), rand() < 0.08);
    const label = words(2 + int(13)).replace(/^./, (c) => c.toUpperCase());
    const nSources = rand() < 0.8 ? 1 : 2 + int(2);
    const sources: EventSource[] = [];
    for (let s = 0; s < nSources; s++) {
      const d = int(nDocs);
      const before = `${SUBJECTS[int(SUBJECTS.length)]} reported the ${WORDS[int(WORDS.length)]} `;
      const passage = `${before}${said}.`;
      const start = lengths[d]!;
      texts[d]!.push(passage, '\n\n');
      lengths[d]! += passage.length + 2;
      const mention = { start: start + before.length, end: start + before.length + said.length, text: said };
      sources.push({ document: docs[d]!.id, passage: { start, end: start + passage.length }, mention, ...(rand() < 0.03 ? { comment: true } : {}) });
    }
    events.push({ id: `e${e}`, label, date, sources, salience: 1 + int(5) });
  }
  docs.forEach((doc, d) => (doc.text = texts[d]!.join('')));
  return { schema: TIMELINE_SCHEMA, generated: 'scripts/generate-timeline.ts', documents: docs, events, unresolved: [], problems: [] };
}

function argument(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const events = Number(argument(args, 'events') ?? 1000);
  const seed = Number(argument(args, 'seed') ?? 1);
  const out = argument(args, 'out');
  if (!Number.isInteger(events) || events < 0 || !out) {
    console.error('usage: tsx scripts/generate-timeline.ts --events N [--seed S] [--documents D] --out FILE');
    process.exit(2);
  }
  const timeline = generateTimeline({ events, seed, documents: Number(argument(args, 'documents') ?? 12) });
  const check = validateTimeline(timeline);
  if (!check.ok) {
    console.error(`generated timeline is invalid: ${check.errors.join('; ')}`);
    process.exit(1);
  }
  writeFileSync(out, stringifyLineFramed(toRows(timeline)));
  console.error(`${events} events in ${timeline.documents.length} documents → ${out}`);
}
