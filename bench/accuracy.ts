/**
 * `npm run bench:accuracy`: TempEval-3 Task A scores of our tagger and of plain chrono-node on
 * TimeBank and AQUAINT (TBAQ-cleaned), one table; our misses go to `bench/out/misses-<corpus>.txt`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectMisses, formatMisses } from './tempeval/misses';
import { countNotationDifferences, type NotationDifference } from './tempeval/notation';
import { ourTimexes, type SystemTimex } from './tempeval/our-tagger';
import { plainChronoTimexes } from './tempeval/plain-chrono';
import { readTimemlFolder } from './tempeval/read-corpus';
import { addCounts, countDocument, emptyCounts, scoresOf, type TempEvalCounts } from './tempeval/score';
import type { TimemlDocument } from './tempeval/timex';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = resolve(here, '../../shared/bench/timebank-aquaint');
const OUT = join(here, 'out');
const CORPORA = ['TimeBank', 'AQUAINT'] as const;

interface System {
  name: string;
  tag: (text: string, dct: string) => SystemTimex[];
}
const SYSTEMS: readonly System[] = [
  { name: 'sourceline', tag: ourTimexes },
  { name: 'plain chrono', tag: plainChronoTimexes },
];

interface Row {
  corpus: string;
  system: string;
  counts: TempEvalCounts;
  ms: number;
}

/** Our wrong values that are one time in a notation only AQUAINT uses (tempeval/notation.ts). */
interface NotationRow {
  corpus: string;
  counts: TempEvalCounts;
  differences: Map<NotationDifference, number>;
}

/** A document the system throws on scores as if it found nothing there; the failure is reported. */
function runSystem(system: System, docs: readonly TimemlDocument[], failures: string[]) {
  const started = performance.now();
  const outputs = docs.map((doc) => {
    try {
      return system.tag(doc.text, doc.dct);
    } catch (error) {
      failures.push(`${system.name} threw on ${doc.id} (DCT ${doc.dct}): ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });
  const ms = performance.now() - started;
  const counts = docs.reduce((sum, doc, i) => addCounts(sum, countDocument(doc.timexes, outputs[i]!)), emptyCounts());
  return { counts, outputs, ms };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function formatTable(rows: readonly Row[]): string {
  const header = [
    'corpus    system        gold   sys | strict P     R    F1 | relaxed P    R    F1 | type F1 | value F1 |   time',
  ];
  const lines = rows.map(({ corpus, system, counts, ms }) => {
    const s = scoresOf(counts);
    return [
      corpus.padEnd(9),
      system.padEnd(12),
      String(counts.gold).padStart(5),
      String(counts.system).padStart(5),
      `|     ${pct(s.strict.precision)} ${pct(s.strict.recall)} ${pct(s.strict.f1)}`,
      `|    ${pct(s.relaxed.precision)} ${pct(s.relaxed.recall)} ${pct(s.relaxed.f1)}`,
      `|   ${pct(s.typeF1)}`,
      `|    ${pct(s.valueF1)}`,
      `| ${(ms / 1000).toFixed(2).padStart(5)} s`,
    ].join(' ');
  });
  return [...header, '-'.repeat(header[0]!.length), ...lines].join('\n');
}

/** Beside the official scores, never instead of them: how much of a value F1 is notation. */
function formatNotation(rows: readonly NotationRow[]): string {
  return rows
    .map(({ corpus, counts, differences }) => {
      const total = [...differences.values()].reduce((a, b) => a + b, 0);
      const kinds = [...differences].filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
      const read = scoresOf({ ...counts, valueCorrect: counts.valueCorrect + total }).valueF1;
      return `  ${corpus}: ${total} of ${counts.relaxed - counts.valueCorrect} wrong values` +
        (total ? ` (${kinds.join(', ')}); value F1 with them read as TimeBank writes them: ${pct(read).trim()}` : '');
    })
    .join('\n');
}

const LAST_RUN = join(OUT, 'accuracy-last.json');

/** How our scores moved since the previous run on this machine (kept in bench/out, git-ignored). */
function changeSinceLastRun(rows: readonly Row[]): string | null {
  const ours = rows.filter((r) => r.system === SYSTEMS[0]!.name);
  const previous: Record<string, TempEvalCounts> = existsSync(LAST_RUN) ? JSON.parse(readFileSync(LAST_RUN, 'utf8')) : {};
  writeFileSync(LAST_RUN, JSON.stringify(Object.fromEntries(ours.map((r) => [r.corpus, r.counts])), null, 2));
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
  const parts = ours.flatMap(({ corpus, counts }) => {
    const before = previous[corpus];
    if (!before) return [];
    const [now, then] = [scoresOf(counts), scoresOf(before)];
    return [`${corpus} value F1 ${signed(now.valueF1 - then.valueF1)}, relaxed F1 ${signed(now.relaxed.f1 - then.relaxed.f1)}, strict F1 ${signed(now.strict.f1 - then.strict.f1)}`];
  });
  return parts.length ? `change since the previous run (${SYSTEMS[0]!.name}): ${parts.join('; ')}` : null;
}

function main(): void {
  process.env.TZ = 'UTC'; // chrono reads the DCT as local time; the npm script pins it too
  mkdirSync(OUT, { recursive: true });
  const rows: Row[] = [];
  const written: string[] = [];
  const notation: NotationRow[] = [];
  const failures: string[] = [];
  for (const corpus of CORPORA) {
    const docs = readTimemlFolder(join(DATA, corpus));
    for (const system of SYSTEMS) {
      const { counts, outputs, ms } = runSystem(system, docs, failures);
      rows.push({ corpus, system: system.name, counts, ms });
      if (system === SYSTEMS[0]) {
        const misses = docs.flatMap((doc, i) => collectMisses(doc, outputs[i]!));
        const file = join(OUT, `misses-${corpus}.txt`);
        writeFileSync(file, formatMisses(corpus, misses));
        written.push(file);
        notation.push({ corpus, counts, differences: countNotationDifferences(docs, outputs) });
      }
    }
  }
  console.log('TempEval-3 Task A (TBAQ-cleaned training data); scores in %, ranked by value F1\n');
  console.log(formatTable(rows));
  console.log('targets: value F1 ≥ 85 and relaxed F1 ≥ 90 on both corpora');
  console.log(`\nwrong values of ${SYSTEMS[0]!.name} that are the same time in a notation TimeBank never uses (bench/tempeval/notation.ts):`);
  console.log(formatNotation(notation));
  const change = changeSinceLastRun(rows);
  if (change) console.log(change);
  if (failures.length) console.log(`\n${failures.length} document(s) failed and scored as empty:\n  ${failures.join('\n  ')}`);
  console.log(`\nmisses of sourceline: ${written.map((f) => f.replace(`${process.cwd()}/`, '')).join(', ')}`);
}

main();
