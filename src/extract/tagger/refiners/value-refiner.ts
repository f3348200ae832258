/**
 * Gives every chrono result that no rule of ours has valued a TIMEX3 value at the precision chrono
 * actually knows (`isCertain`), never at the precision it implied from the reference date.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node';
import { chronoRule, componentsDay, hasClockTime, isChronoRelative, partOfDay } from '../chrono-rule';
import { clockOnStoryDay, dayTimex, monthTimex, setTimex, timeTimex, timexOf, yearTimex, type Timex } from '../timex';

function valueOf(result: ParsingResult, c: ParsingComponents): Timex | null {
  // Absolute only when the text itself writes the year ("Jan. 10, 2022", "11/02/89"); chrono
  // also marks the year certain for "last night" and "today", which needed the reference.
  const writesYear = c.isCertain('year') && /\d{2}/.test(result.text) && !isChronoRelative(result);
  const shape = { anchoring: writesYear ? ('absolute' as const) : ('relative' as const), rule: chronoRule(result) };
  const day = componentsDay(c);
  // A clock time beats its part of day: "4 in the morning" is T04:00, not TMO.
  if (hasClockTime(result)) return onStoryDay(result, c, timeTimex(day, { hour: c.get('hour')!, minute: c.get('minute') ?? 0 }, shape));
  const part = partOfDay(result);
  if (part) return timeTimex(day, part, shape);
  if (c.isCertain('hour')) return timeTimex(day, { hour: c.get('hour')!, minute: c.get('minute') ?? 0 }, shape);
  if (c.isCertain('day') || c.isCertain('weekday') || isChronoRelative(result)) return dayTimex(day, shape);
  if (c.isCertain('month')) return monthTimex(day.year, day.month, shape);
  if (c.isCertain('year')) return yearTimex(day.year, shape);
  return null;
}

/**
 * "The blast came at 10:35 a.m.": a clock time without a day is on the day the story has just
 * named, as TimeBank reads it; the anaphora pass re-anchors it there, else it stays on the
 * reference day.
 */
function onStoryDay(result: ParsingResult, c: ParsingComponents, timex: Timex): Timex {
  if (c.isCertain('day') || c.isCertain('weekday') || isChronoRelative(result)) return timex;
  return clockOnStoryDay(timex);
}

export const valueRefiner: Refiner = {
  refine(_context, results) {
    return results.filter((result) => {
      if (timexOf(result)) return true;
      const timex = valueOf(result, result.start);
      if (timex) setTimex(result, timex);
      return timex !== null;
    });
  },
};
