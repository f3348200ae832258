/**
 * "midnight Friday", "Friday at midnight": the midnight that ends the day named, TIMEX3
 * `2000-04-14T24:00` (TimeML's practice), where chrono sets the clock to the hour that starts it.
 * A bare "midnight" chrono puts at the start of the next day: the same instant, written as the end
 * of the reference day; in a past sentence it is the midnight that began the reference day
 * ("Rebels attacked shortly after midnight"), T00:00.
 */
import type { Refiner } from 'chrono-node';
import { addDays, isoDay } from '../calendar';
import { tenseOf } from '../news-context';
import { setTimex, timexOf } from '../timex';

const MIDNIGHT = /\bmidnight\b/i;

export const midnightRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const timex = timexOf(result);
      if (timex?.type !== 'TIME' || !timex.interval || !/T(?:00:00|NI)$/.test(timex.value) || !MIDNIGHT.test(result.text)) continue;
      // "midnight tonight" is valued as tonight's night; the midnight ends that day
      const named = timex.value.endsWith('NI') || result.start.isCertain('day') || result.start.isCertain('weekday');
      const day = named ? timex.interval.start : addDays(timex.interval.start, -1);
      const began = !named && tenseOf(context, result.index, result.index + result.text.length) === 'past';
      setTimex(result, { ...timex, value: `${isoDay(day)}T${began ? '00' : '24'}:00`, interval: { start: day, end: addDays(day, 1) } });
    }
    return results;
  },
};
