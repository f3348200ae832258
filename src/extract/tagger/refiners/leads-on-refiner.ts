/**
 * "Two years later, NATO expanded", "three days after that", "a month afterwards", "a decade on,",
 * and back: "two days earlier", "a week before,": a counted duration followed by a word that
 * carries the story forward or back. TimeBank tags the duration alone (`P2Y`), and so do we; this
 * marks it as leading on from the story's last date, so that anaphora.ts can place what happened
 * then (1999 after "in 1997"). ("Two years earlier", with years or decades, is the ago parser's
 * date: counted from the publication, or from the story's date when that year is over.)
 */
import type { Refiner } from 'chrono-node';
import type { Anaphor } from '../timex';
import { setTimex, timexOf } from '../timex';

/** "later" (not "later than"), "afterwards", "after that", "thereafter", and "on" ending its phrase. */
const LEADING_ON = /^\s+(?:later(?!\s+than)|afterwards?|after\s+that|thereafter|on(?=\s*[,.;:)]|\s*$))/i;
/** "earlier" (not "earlier than"), "before that", "previously", and "before" ending its phrase. */
const LEADING_BACK = /^\s+(?:earlier(?!\s+than)|before\s+that|previously|before(?=\s*[,.;:)]|\s*$))/i;
/** A whole count of one unit: P2Y, P10Y (a decade), P18M, P2W, P3D. */
const COUNTED = /^P(\d+)([YMWD])$/;
const UNITS: Record<string, Anaphor['unit']> = { Y: 'year', M: 'month', W: 'week', D: 'day' };

export const leadsOnRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const timex = timexOf(result);
      const counted = timex?.type === 'DURATION' ? COUNTED.exec(timex.value) : null;
      if (!timex || !counted) continue;
      const end = result.index + result.text.length;
      const after = context.text.slice(end, end + 16);
      const sign = LEADING_ON.test(after) ? 1 : LEADING_BACK.test(after) ? -1 : 0;
      if (sign === 0) continue;
      setTimex(result, { ...timex, leadsOn: { unit: UNITS[counted[2]!]!, step: sign * Number(counted[1]), pointing: true } });
    }
    return results;
  },
};
