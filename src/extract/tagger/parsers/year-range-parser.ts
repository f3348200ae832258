/**
 * Year ranges: "1918-1923", "1990–91", "from 2001 to 2005", "between 2001 and 2005", and the
 * fiscal years and seasons "1998/99", "1998/1999" (a slash only between consecutive years).
 * One mention for the whole span: value the first year (TIMEX3 has no range value), interval
 * from the first year's 1 January to the day after the last year ends.
 */
import { makeDay } from '../calendar';
import { ISH, wordParser } from '../parser-kit';
import { timexResult, yearTimex } from '../timex';

const PATTERN = new RegExp(
  `(?:(from|between)\\s+)?(1[0-9]{3}|20[0-9]{2})(?:\\s*[-–—]\\s*|\\/|\\s+(?:to|through|until|and)\\s+)(1[0-9]{3}|20[0-9]{2}|[0-9]{2})${ISH}(?![\\p{L}\\d/]|[.,]\\d)`,
  'iu',
);

export const yearRangeParser = wordParser(PATTERN, (context, m, index) => {
  const [, lead, firstText, lastText, ish] = m;
  const joiner = m[0].slice((lead ? lead.length + 1 : 0) + firstText!.length, m[0].length - lastText!.length - (ish?.length ?? 0)).trim().toLowerCase();
  if (joiner === 'and' && lead?.toLowerCase() !== 'between') return null; // "in 1997 and 1999": two years
  if (/^(?:to|through|until)$/.test(joiner) && !lead) return null; // "1997 to 1999" without "from": leave to bare years
  // "$1990-2000", "3.1990-92": a price or a code; after "from"/"between" a comma is only punctuation.
  const before = context.text.slice(Math.max(0, index - 2), index);
  if (!lead && /[$£€#\d.,/]\s?$/.test(before)) return null;
  const first = Number(firstText);
  const last = lastText!.length === 2 ? Math.floor(first / 100) * 100 + Number(lastText) : Number(lastText);
  if (last <= first || last - first > 200) return null; // "1990-85" or a score, not a range
  if (joiner === '/' && last !== first + 1) return null; // "1990/2000": a ratio or a choice, not a season
  const start = index + (lead ? m[0].indexOf(firstText!) : 0);
  const text = context.text.slice(start, index + m[0].length);
  const timex = yearTimex(first, { anchoring: 'absolute', rule: 'year-range', approximate: ish !== undefined });
  return timexResult(context, start, text, { ...timex, interval: { start: makeDay(first, 1, 1), end: makeDay(last + 1, 1, 1) } });
},
  /\d{4}/,
);
