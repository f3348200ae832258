/**
 * "at 5 p.m. local time on Tuesday", "at 3 a.m. Beijing time Monday": chrono puts a clock time on
 * the day after it only when nothing but "on" or a comma stands between, and wire copy names the
 * clock's zone there in words. The time goes onto that day, as in "at 5 p.m. on Tuesday"; without
 * it the clock was read on the publication day.
 */
import type { ParsingComponents, ParsingResult, Refiner } from 'chrono-node';
import { isTimeOnly } from '../chrono-rule';

/** "local time", "Beijing time", "New York time", then maybe "(2100 GMT)" and "on" (not a comma: "At 9 p.m. local time, Monday's session"). */
const ZONE_IN_WORDS = /^\s+(?:local\s+|(?:\p{Lu}[\p{L}.]*\s+){1,2})time(?:\s*\([^()]{1,24}\))?\s*(?:on\s+)?$/u;

const CLOCK = ['hour', 'minute', 'second', 'millisecond', 'meridiem'] as const;

const isDayOnly = (c: ParsingComponents) => !c.isCertain('hour') && (c.isCertain('weekday') || c.isCertain('day'));

export const clockZoneDayRefiner: Refiner = {
  refine(context, results) {
    const kept: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const time = results[i]!;
      const day = results[i + 1];
      const between = day ? context.text.slice(time.index + time.text.length, day.index) : '';
      if (!day || time.end || day.end || !isTimeOnly(time.start) || !isDayOnly(day.start) || !ZONE_IN_WORDS.test(between)) {
        kept.push(time);
        continue;
      }
      for (const part of CLOCK) if (time.start.isCertain(part)) day.start.assign(part, time.start.get(part)!);
      day.text = context.text.slice(time.index, day.index + day.text.length);
      day.index = time.index;
      for (const tag of time.tags()) day.addTag(tag);
    }
    return kept;
  },
};
