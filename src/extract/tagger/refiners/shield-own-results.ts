/**
 * Runs chrono's refiners, in order, on chrono's results only. Our results carry their own value and
 * extent; chrono's mergers would otherwise join them to neighbours ("Tuesday" + "for the two
 * days" → one date) and its unlikely-format filter would drop a bare "1997". The overlap between
 * ours and chrono's is settled afterwards by `overlap-refiner`.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { timexOf } from '../timex';

export function shieldOwnResults(...chronoRefiners: Refiner[]): Refiner {
  return {
    refine(context, results) {
      const own: ParsingResult[] = [];
      let chrono: ParsingResult[] = [];
      for (const result of results) (timexOf(result) ? own : chrono).push(result);
      if (chrono.length === 0) return results;
      // Several refiners in a row, each on chrono's results (in index order) only: the same as
      // shielding each alone, with ours split off once rather than before every refiner.
      for (const [i, chronoRefiner] of chronoRefiners.entries()) {
        if (i > 0) chrono = [...chrono].sort((a, b) => a.index - b.index);
        chrono = chronoRefiner.refine(context, chrono);
        if (chrono.length === 0) break;
      }
      return [...own, ...chrono].sort((a, b) => a.index - b.index);
    },
  };
}
