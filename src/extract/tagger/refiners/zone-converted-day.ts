/**
 * "took effect at 2 a.m. Friday (2300 GMT Thursday)": wire copy gives a time again in another
 * zone, and the weekday in the brackets is the day before or after the one just named, not a
 * weekday of its own (read alone by tense it was this week's or last week's Thursday, a week
 * off). Runs once every result is valued.
 */
import type { Refiner } from 'chrono-node';
import { addDays, weekdayOf } from '../calendar';
import { WEEKDAYS } from '../parser-kit';
import { dayTimex, setTimex, timexOf } from '../timex';

/** "(2300 GMT ", "(11 p.m. EST ", "(0400 local time " right before the weekday. */
const CLOCK_IN_ZONE_BEFORE = /\(\s*\d{1,2}(?::?\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|Z|local\s+time|[A-Z]{2,4}T)\s+(?:on\s+)?$/;
const CLOSING_AFTER = /^\s*\)/;

export const zoneConvertedDayRefiner: Refiner = {
  refine(context, results) {
    results.forEach((result, i) => {
      const previous = results[i - 1];
      const timex = timexOf(result);
      const named = previous ? timexOf(previous) : undefined;
      const weekday = WEEKDAYS.indexOf(result.text.toLowerCase());
      if (!previous || weekday < 0 || !timex || !named?.interval || named.precision !== 'day' || timex.precision !== 'day') return;
      const before = context.text.slice(previous.index + previous.text.length, result.index);
      if (!CLOCK_IN_ZONE_BEFORE.test(before) || !CLOSING_AFTER.test(context.text.slice(result.index + result.text.length))) return;
      const day = [0, -1, 1].map((step) => addDays(named.interval!.start, step)).find((d) => weekdayOf(d) === weekday);
      if (day) setTimex(result, dayTimex(day, { anchoring: 'relative', rule: 'zone-day' }));
    });
    return results;
  },
};
