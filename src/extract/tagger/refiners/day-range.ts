/**
 * "The festival runs from 20 to 25 June", "talks on 20-25 June 2021": chrono reads such a range as
 * one match with an end. TIMEX3 has no range value, so the value stays the first day (as the
 * annotators' single-timex ranges do), but the interval the timeline draws runs to the last day,
 * not one day. The span is taken from chrono's two ends and added to the first day as valued, so
 * a range the tense refiner moved to another year moves whole.
 */
import type { Refiner } from 'chrono-node';
import { addDays, daysBetween } from '../calendar';
import { componentsDay } from '../chrono-rule';
import { setTimex, timexOf } from '../timex';

/** The longest range read as one: a month and a half ("from 1 May to 15 June"). */
const MAX_RANGE_DAYS = 45;

export const dayRangeRefiner: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      const timex = timexOf(result);
      const end = result.end;
      if (!end || timex?.precision !== 'day' || !timex.interval || !end.isCertain('day')) continue;
      if (result.start.isCertain('hour') || end.isCertain('hour')) continue;
      const span = daysBetween(componentsDay(result.start), componentsDay(end));
      if (span < 1 || span > MAX_RANGE_DAYS) continue;
      setTimex(result, { ...timex, interval: { start: timex.interval.start, end: addDays(timex.interval.start, span + 1) } });
    }
    return results;
  },
};
