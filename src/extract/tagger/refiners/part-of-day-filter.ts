/**
 * "the morning", "night of" left alone after chrono's merging: a part of day with no day to hang
 * on. Chrono would date it to the reference day; the story usually means another one, so it goes.
 */
import type { Refiner } from 'chrono-node';

const BARE_PART_OF_DAY = /^(?:the\s+)?(?:morning|afternoon|evening|night|noon)(?:\s+of)?$/i;

export const partOfDayFilter: Refiner = {
  refine(_context, results) {
    return results.filter((result) => !BARE_PART_OF_DAY.test(result.text));
  },
};
