/**
 * TBAQ's gold values are not written one way. A few expressions are valued in a notation that
 * AQUAINT uses and TimeBank never does (counted in the training data, 2026-12-01):
 *   - a year as `1968-XX` (AQUAINT 11 times, bare `1968` 26 times; TimeBank never, bare 184 times);
 *   - a decade as `199X` (AQUAINT 4 of 4; TimeBank writes `199`, 5 of 5);
 *   - "Thursday morning" or "Friday night" as the day alone (AQUAINT 12 of the 23 it tags with the
 *     part of day; TimeBank never: the part of day is in all 12 of its values);
 *   - "last week" as the month it fell in, `1999-01` (AQUAINT 7 times, `-Wnn` 12 times; TimeBank
 *     never, `-Wnn` 20 times).
 * Our tagger writes TimeBank's notation, which is TIMEX3's. This module names such a difference,
 * so that `bench:accuracy` can say how much of a corpus's value F1 is notation rather than a date
 * placed wrong. The official scores are never changed by it.
 */
import { addDays, isoMonth, mondayOfIsoWeek } from '../../src/extract/tagger/calendar';
import { alignTimexes } from './align';
import type { Timex, TimemlDocument } from './timex';

export type NotationDifference = 'year as YYYY-XX' | 'decade as 199X' | 'day without its part of day' | 'week as its month';

export const NOTATION_DIFFERENCES: readonly NotationDifference[] = ['year as YYYY-XX', 'decade as 199X', 'day without its part of day', 'week as its month'];

/** The month (`YYYY-MM`) an ISO week belongs to: the month of its Thursday. */
function monthOfIsoWeek(year: number, week: number): string {
  const thursday = addDays(mondayOfIsoWeek(year, week), 3);
  return isoMonth(thursday.year, thursday.month);
}

/** Why `gold` and `ours` differ when they denote the same time in two notations, or null. */
export function notationDifference(gold: string, ours: string): NotationDifference | null {
  if (/^\d{4}-XX$/.test(gold) && ours === gold.slice(0, 4)) return 'year as YYYY-XX';
  if (/^\d{3}X$/.test(gold) && ours === gold.slice(0, 3)) return 'decade as 199X';
  if (/^\d{4}-\d\d-\d\d$/.test(gold) && new RegExp(`^${gold}T(MO|AF|EV|NI)$`).test(ours)) return 'day without its part of day';
  const week = /^(\d{4})-W(\d\d)$/.exec(ours);
  const month = /^(\d{4}-\d\d)(-XX)?$/.exec(gold);
  if (week && month && monthOfIsoWeek(Number(week[1]), Number(week[2])) === month[1]) return 'week as its month';
  return null;
}

/** Paired timexes whose values differ only in notation, by kind, over a corpus. */
export function countNotationDifferences(docs: readonly TimemlDocument[], outputs: readonly (readonly Timex[])[]): Map<NotationDifference, number> {
  const counts = new Map<NotationDifference, number>(NOTATION_DIFFERENCES.map((d) => [d, 0]));
  docs.forEach((doc, i) => {
    for (const { gold, system } of alignTimexes(doc.timexes, outputs[i]!).pairs) {
      const kind = gold.value === system.value ? null : notationDifference(gold.value, system.value);
      if (kind) counts.set(kind, counts.get(kind)! + 1);
    }
  });
  return counts;
}
