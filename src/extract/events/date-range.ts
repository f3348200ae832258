/**
 * "The show ran from 30 March to 2 April 2022", "talks lasted from Monday to Wednesday": the tagger
 * gives each end of a range its own mention (each is its own TIMEX3), but the timeline has one
 * happening over those days. Two dates of one precision joined by "to", "through", "until" or a
 * dash (or "and" after "between") are one dated mention for the events: its text and span run
 * from the first end to the last, its interval over both, its value the first end's.
 */
import type { DateMention } from '../types';

/** What joins the two ends: " to ", " through ", " until ", "–". */
const JOIN = /^\s*(?:to|through|thru|until|till|[-–—])\s*$/i;
const BETWEEN_AND = /^\s*and\s*$/i;
const BETWEEN = /\bbetween\s+$/i;

const sameKind = (a: DateMention, b: DateMention) =>
  a.type === 'DATE' && b.type === 'DATE' && !!a.interval && !!b.interval && a.precision === b.precision && a.precision !== null && !a.deictic && !b.deictic;

function joins(text: string, a: DateMention, b: DateMention): boolean {
  if (!sameKind(a, b) || !(a.interval!.end <= b.interval!.start)) return false;
  // A comma only closes the first end's year ("from Dec. 30, 2021, to Jan. 2"): "due to expire
  // last Thursday, to Nov. 6" extends a deadline, it spans nothing.
  const gap = text.slice(a.end, b.start).replace(/^,(?=\s)/, /\d{4}$/.test(a.text) ? '' : ',');
  return JOIN.test(gap) || (BETWEEN_AND.test(gap) && BETWEEN.test(text.slice(Math.max(0, a.start - 12), a.start)));
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
