/**
 * "yesterday", "tomorrow", "tonight" inside a quotation the sentence sets at another time (`In
 * 1975 Ford said: "... what we do tomorrow"`): the speaker's day, not a day next to the
 * article's. As for a quoted "today" (present-ref parser), the value says only which way it lies
 * (`PAST_REF`, `FUTURE_REF`, `PRESENT_REF`) and the mention keeps its relative anchoring, so the
 * timeline lists it as unresolved rather than placing it.
 */
import type { Refiner } from 'chrono-node';
import { quotedAtOtherTime } from '../news-context';
import { setTimex, timexOf, vagueTimex } from '../timex';

const QUOTED_DAY: Record<string, string> = { yesterday: 'PAST_REF', tomorrow: 'FUTURE_REF', tonight: 'PRESENT_REF' };

export const quotedDayRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const value = QUOTED_DAY[result.text.toLowerCase()];
      if (!value || !timexOf(result)) continue;
      if (!quotedAtOtherTime(context, result.index)) continue;
      setTimex(result, vagueTimex('DATE', value, { anchoring: 'relative', rule: 'quoted-day' }));
    }
    return results;
  },
};
