/**
 * "The show ran from 30 March to 2 April 2022", "talks lasted from Monday to Wednesday": the tagger
 * gives each end of a range its own mention (each is its own TIMEX3), but the timeline has one
 * happening over those days. Two dates of one precision joined by "to", "through", "until" or a
 * dash (or "and" after "between") are one dated mention for the events: its text and span run
 * from the first end to the last, its interval over both, its value the first end's.
 */
import { rangeJoin } from '../range-join';
import type { DateMention } from '../types';

const BETWEEN = /\bbetween\s+$/i;

const sameKind = (a: DateMention, b: DateMention) =>
  a.type === 'DATE' && b.type === 'DATE' && !!a.interval && !!b.interval && a.precision === b.precision && a.precision !== null && !a.deictic && !b.deictic;

function joins(text: string, a: DateMention, b: DateMention): boolean {
  if (!sameKind(a, b) || !(a.interval!.end <= b.interval!.start)) return false;
  // "and" joins the ends of a range only after "between": "on 3 May and 5 May" are two days.
  const join = rangeJoin(text, a, b);
  return join === 'to' || (join === 'and' && BETWEEN.test(text.slice(Math.max(0, a.start - 12), a.start)));
}

/** The mentions of `text` (in text order) with each joined range as one mention. */
export function joinDateRanges(text: string, mentions: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]];
    if (!b || !joins(text, a, b)) {
      out.push(a);
      continue;
    }
    out.push({
      ...a,
      end: b.end,
      text: text.slice(a.start, b.end),
      interval: { start: a.interval!.start, end: b.interval!.end },
      approximate: a.approximate || b.approximate,
      anchoring: a.anchoring === 'absolute' || b.anchoring === 'absolute' ? 'absolute' : a.anchoring,
      rule: `${a.rule}+range`,
    });
    i++;
  }
  return out;
}
