/**
 * One mention per stretch of text: of two overlapping results the longer wins, and on a tie our
 * own rule's (it values the phrase on purpose) or else the earlier one. Like chrono's
 * OverlapRemovalRefiner, but run over our results and chrono's together.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { timexOf } from '../timex';

/** Length of the extent a result will have once trimmed ("for three days" counts as "three days"). */
function extentLength(result: ParsingResult): number {
  const core = timexOf(result)?.core;
  return core ? core.to - core.from : result.text.length;
}

function beats(a: ParsingResult, b: ParsingResult): boolean {
  if (extentLength(a) !== extentLength(b)) return extentLength(a) > extentLength(b);
  return Boolean(timexOf(a)) && !timexOf(b);
}

export const overlapRefiner: Refiner = {
  refine(_context, results) {
    const sorted = [...results].sort((a, b) => a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const result of sorted) {
      const last = kept[kept.length - 1];
      if (!last || result.index >= last.index + last.text.length) kept.push(result);
      else if (beats(result, last)) kept[kept.length - 1] = result;
    }
    return kept;
  },
};
