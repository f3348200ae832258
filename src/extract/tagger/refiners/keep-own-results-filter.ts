/**
 * Stands in for chrono's UnlikelyFormatFilter: our parsers vouch for their own results (a bare
 * "1997" is a year, not an unlikely digit string), everything else goes through chrono's filter.
 */
import type { Refiner } from 'chrono-node';
import { timexOf } from '../timex';

export function keepOwnResults(chronoFilter: Refiner): Refiner {
  return {
    refine(context, results) {
      const own = new Set(results.filter((r) => timexOf(r)));
      const kept = new Set(chronoFilter.refine(context, results.filter((r) => !own.has(r))));
      return results.filter((r) => own.has(r) || kept.has(r));
    },
  };
}
