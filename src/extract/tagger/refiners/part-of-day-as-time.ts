/**
 * Chrono's "night", "morning", "evening" results have no certain part, so its date/time merger
 * takes them for the date of "the night of Oct. 23" and keeps the reference day. Making the
 * implied hour certain marks them as the time they are; the value still comes from the part of
 * day (`partOfDay`), not from this hour.
 */
import type { Refiner } from 'chrono-node';

export const partOfDayAsTime: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      const c = result.start;
      if (result.tags().has('parser/ENCasualTimeParser') && c.isOnlyDate() && c.isOnlyTime()) c.assign('hour', c.get('hour')!);
    }
    return results;
  },
};
