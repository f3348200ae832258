/**
 * Re-anchors "the next day", "that year", "the week before" (mentions carrying an `Anaphor`) on
 * the last dated mention before them in the same paragraph or in the sentence just before, as
 * TimeBank does; without such a mention "the next day" keeps the reference-based value,
 * approximate, and "that day" / "the same week" are dropped (they point at nothing). One
 * pass over the mentions in text order, so linear.
 */
import type { DateMention } from '../types';
import type { Chunk } from './chunk-text';
import { isoDay, type Day } from './calendar';
import { stepFrom } from './parsers/anaphoric-parser';
import type { Anaphor } from './timex';

export interface Tagged {
  mention: DateMention;
  anaphor?: Anaphor;
}

/** Precision an anchor needs for each unit: a "next day" needs a day, a "next year" any date. */
const FINE_ENOUGH: Record<Anaphor['unit'], readonly string[]> = {
  day: ['day'],
  week: ['day', 'week'],
  month: ['day', 'week', 'month'],
  year: ['day', 'week', 'month', 'quarter', 'half', 'season', 'year'],
};

export function resolveAnaphora(tagged: readonly Tagged[], sentences: readonly Chunk[], text: string): DateMention[] {
  let anchor: { mention: DateMention; sentence: number } | null = null;
  let sentence = 0;
  const out: DateMention[] = [];
  for (const { mention, anaphor } of tagged) {
    while (sentence + 1 < sentences.length && sentences[sentence + 1]!.start <= mention.start) sentence++;
    let resolved = mention;
    if (anaphor) {
      const usable = anchor && (anchor.sentence >= sentence - 1 || !/\n/.test(text.slice(anchor.mention.end, mention.start)));
      if (usable && FINE_ENOUGH[anaphor.unit].includes(anchor!.mention.precision ?? '')) resolved = anchored(mention, anaphor, anchor!.mention);
      else if (anaphor.pointing) continue;
    }
    if (isAnchor(resolved)) anchor = { mention: resolved, sentence };
    out.push(resolved);
  }
  return out;
}

function isAnchor(m: DateMention): boolean {
  return (m.type === 'DATE' || m.type === 'TIME') && m.interval !== null && !m.deictic && !(m.rule === 'anaphoric' && m.approximate);
}

function anchored(mention: DateMention, anaphor: Anaphor, anchor: DateMention): DateMention {
  const timex = stepFrom(dayOf(anchor.interval!.start), anaphor, { anchoring: 'relative', rule: 'anaphoric' });
  const interval = timex.interval!;
  // A clock time ("at 10:35 a.m.") keeps its clock on the anchor's day.
  const value = anaphor.clock ? `${timex.value}T${anaphor.clock}` : timex.value;
  return { ...mention, value, precision: timex.precision, interval: { start: isoDay(interval.start), end: isoDay(interval.end) }, approximate: false, anchoring: anchor.anchoring === 'absolute' ? 'absolute' : 'relative' };
}

function dayOf(iso: string): Day {
  const [, year, month, day] = /^([+-]?\d+)-(\d\d)-(\d\d)$/.exec(iso)!;
  return { year: Number(year), month: Number(month), day: Number(day) };
}
