/**
 * "from 30 March to 2 April 2022", "between Dec. 30, 2021, and Jan. 2": the year written at one
 * end of a range is the other end's too. Each end is its own TIMEX3 (chrono's range merger is left
 * out), so without this the end with no year was resolved against the publication ("30 March" of
 * the year the article came out). The end without a year takes the written one, a year earlier
 * when it falls later in the year than a closing end ("Dec. 30 to Jan. 2, 2022": 2021-12-30), a
 * year later when earlier than an opening one.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { makeDay, type Day } from '../calendar';
import { rangeJoin } from '../../range-join';
import { dayTimex, monthTimex, setTimex, timexOf, type Timex } from '../timex';

const writesYear = (t: Timex) => t.anchoring === 'absolute';
const ownYearless = (t: Timex) => t.type === 'DATE' && t.anchoring === 'relative' && !t.anaphor && (t.precision === 'day' || t.precision === 'month');
const monthDay = (d: Day) => d.month * 100 + d.day;

function withYear(t: Timex, year: number): Timex {
  const d = t.interval!.start;
  const shape = { anchoring: 'absolute' as const, rule: t.rule };
  return t.precision === 'day' ? dayTimex(makeDay(year, d.month, d.day), shape) : monthTimex(year, d.month, shape);
}

/** The yearless end `loose` valued in the year of `fixed`; `loose` comes first when `before`. */
function sameRange(loose: Timex, fixed: Timex, before: boolean): Timex {
  const [l, f] = [loose.interval!.start, fixed.interval!.start];
  const wraps = before ? monthDay(l) > monthDay(f) : monthDay(l) < monthDay(f);
  return withYear(loose, f.year + (wraps ? (before ? -1 : 1) : 0));
}

export const rangeYearRefiner: Refiner = {
  refine(context, results: ParsingResult[]) {
    results.forEach((result, i) => {
      const next = results[i + 1];
      const [a, b] = [timexOf(result), next && timexOf(next)];
      if (!next || !a?.interval || !b?.interval) return;
      // Any join, "and" too: "on 3 May and 5 May 2021" share their year as a range's ends do.
      const at = (r: ParsingResult) => ({ start: r.index, end: r.index + r.text.length });
      if (!rangeJoin(context.text, at(result), at(next))) return;
      if (ownYearless(a) && writesYear(b) && b.type === 'DATE') setTimex(result, sameRange(a, b, true));
      else if (writesYear(a) && a.type === 'DATE' && ownYearless(b)) setTimex(next, sameRange(b, a, false));
    });
    return results;
  },
};
