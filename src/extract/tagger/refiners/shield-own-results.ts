/**
 * Runs one of chrono's refiners on chrono's results only. Our results carry their own value and
 * extent; chrono's mergers would otherwise join them to neighbours ("Tuesday" + "for the two
 * days" → one date) and its unlikely-format filter would drop a bare "1997". The overlap between
 * ours and chrono's is settled afterwards by `overlap-refiner`.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { timexOf } from '../timex';

export function shieldOwnResults(chronoRefiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const own: ParsingResult[] = [];
      const chrono: ParsingResult[] = [];
      for (const result of results) (timexOf(result) ? own : chrono).push(result);
      if (chrono.length === 0) return results;
      const refined = chronoRefiner.refine(context, chrono);
      return [...own, ...refined].sort((a, b) => a.index - b.index);
    },
  };
}
