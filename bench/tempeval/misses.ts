/**
 * Writes what a system got wrong in a form a person can study: grouped by kind (wrong value,
 * wrong type, wrong extent, missed, spurious) and, inside a kind, by the shape of the gold value
 * (`1998-02-27` → `9999-99-99`) or, for spurious timexes, the shape of the text. Largest groups
 * first, each case with its document, offsets and the sentence around it.
 */
import { alignTimexes } from './align';
import type { SystemTimex } from './our-tagger';
import type { GoldTimex, TimemlDocument } from './timex';

type Kind = 'wrong value' | 'wrong type' | 'wrong extent' | 'missed' | 'spurious';
const KINDS: readonly Kind[] = ['wrong value', 'wrong type', 'wrong extent', 'missed', 'spurious'];

interface Miss {
  kind: Kind;
  group: string;
  doc: TimemlDocument;
  gold: GoldTimex | null;
  system: SystemTimex | null;
}

/** `1998-02-27T12:00` → `9999-99-99T99:99`; letters stay so `P3D` → `P9D`, `PRESENT_REF` stays. */
export const valueShape = (value: string) => value.replace(/[0-9]/g, '9');

/** Lower-cased text with digits generalised, so "1,200" and "3,400" fall in one group. */
export const textShape = (text: string) => text.toLowerCase().replace(/[0-9]/g, '9').replace(/\s+/g, ' ');

export function collectMisses(doc: TimemlDocument, system: readonly SystemTimex[]): Miss[] {
  const { pairs, missed, spurious } = alignTimexes(doc.timexes, system);
  const misses: Miss[] = [];
  const add = (kind: Kind, group: string, gold: GoldTimex | null, sys: SystemTimex | null) =>
    misses.push({ kind, group, doc, gold, system: sys });
  for (const { gold, system: sys } of pairs) {
    if (gold.value !== sys.value) add('wrong value', `${gold.type} ${valueShape(gold.value)}`, gold, sys);
    else if (gold.type !== sys.type) add('wrong type', `${gold.type} → ${sys.type}`, gold, sys);
    if (gold.text !== sys.text) add('wrong extent', `${gold.type} ${valueShape(gold.value)}`, gold, sys);
  }
  for (const gold of missed) add('missed', `${gold.type} ${valueShape(gold.value)}`, gold, null);
  for (const sys of spurious) add('spurious', textShape(sys.text), null, sys);
  return misses;
}

const CONTEXT = 70;

function contextOf(doc: TimemlDocument, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(doc.text.length, end + CONTEXT);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${flat(doc.text.slice(from, start))}[[${flat(doc.text.slice(start, end))}]]${flat(doc.text.slice(end, to))}${to < doc.text.length ? '…' : ''}`;
}

const describe = (who: string, t: { text: string; type: string; value: string; start: number; end: number }, extra = '') =>
  `${who} ${JSON.stringify(t.text)} ${t.type} ${t.value} @${t.start}-${t.end}${extra}`;

function formatMiss(m: Miss): string {
  const span = m.gold ?? m.system!;
  const lines = [`  ${m.doc.id} (DCT ${m.doc.dct})`];
  if (m.gold) lines.push(`    gold ${describe('', m.gold, ` ${m.gold.tid}`).trim()}`);
  if (m.system) lines.push(`    ours ${describe('', m.system, m.system.rule ? ` rule=${m.system.rule}` : '').trim()}`);
  const from = Math.min(span.start, m.system?.start ?? span.start);
  const to = Math.max(span.end, m.system?.end ?? span.end);
  lines.push(`    ${contextOf(m.doc, from, to)}`);
  return lines.join('\n');
}

const SUMMARY_GROUPS = 12;

/** Counts by key, largest first. */
function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Inside a group, cases whose system value has the same shape sit together. */
const bySystemShape = (a: Miss, b: Miss) =>
  valueShape(a.system?.value ?? '').localeCompare(valueShape(b.system?.value ?? '')) || a.doc.id.localeCompare(b.doc.id);

/** The whole report for one corpus: a summary of group sizes, then every case by group. */
export function formatMisses(corpus: string, misses: readonly Miss[]): string {
  const out: string[] = [
    `Misses of our tagger on ${corpus} (TempEval-3 Task A alignment)`,
    '',
    'wrong value / wrong type: a gold and an ours timex paired (overlapping) whose value (else type) differs;',
    'wrong extent: a pair whose texts differ (strict miss; it may also be listed under wrong value);',
    'missed: gold left unpaired; spurious: ours left unpaired. [[...]] marks the span(s) in context.',
    '',
  ];
  const byKind = KINDS.map((kind) => {
    const groups = new Map<string, Miss[]>();
    for (const m of misses.filter((x) => x.kind === kind)) {
      const group = groups.get(m.group) ?? [];
      group.push(m);
      groups.set(m.group, group);
    }
    return { kind, groups: [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])) };
  });
  out.push('Summary (largest groups; the gold value shape, or the text shape of spurious timexes)');
  for (const { kind, groups } of byKind) {
    const total = groups.reduce((n, [, ms]) => n + ms.length, 0);
    out.push(`  ${kind}: ${total}`);
    for (const [group, ms] of groups.slice(0, SUMMARY_GROUPS)) out.push(`    ${String(ms.length).padStart(4)}  ${group}`);
    if (groups.length > SUMMARY_GROUPS) out.push(`          … ${groups.length - SUMMARY_GROUPS} more groups`);
  }
  out.push('', 'Our rules behind wrong values, wrong types, wrong extents and spurious timexes');
  for (const [rule, n] of countBy(misses.filter((m) => m.system), (m) => m.system!.rule ?? '(no rule)')) {
    out.push(`    ${String(n).padStart(4)}  ${rule}`);
  }
  for (const { kind, groups } of byKind) {
    out.push('', `==== ${kind.toUpperCase()} ====`);
    for (const [group, ms] of groups) {
      out.push('', `--- ${kind}: ${group} (${ms.length}) ---`);
      for (const m of [...ms].sort(bySystemShape)) out.push(formatMiss(m));
    }
  }
  return out.join('\n') + '\n';
}
