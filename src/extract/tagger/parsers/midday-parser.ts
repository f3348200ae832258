/**
 * "midday" (noon, `T12:00`) and "mid-morning", "mid afternoon", "mid-evening" (`TMO`, `TAF`,
 * `TEV`), which chrono does not read. Like a clock time without a day, they are on the day the
 * story is at: the anaphora pass puts them there, else they stay on the reference day.
 */
import { referenceDay, wordParser } from '../parser-kit';
import { clockOnStoryDay, timeTimex, timexResult } from '../timex';

const PATTERN = /mid[\s-]?(day|morning|afternoon|evening)(?![\p{L}\d-])/iu;

const CLOCK: Record<string, string> = { day: '12:00', morning: 'MO', afternoon: 'AF', evening: 'EV' };

/** A day named right after it ("mid-afternoon yesterday", "midday Friday"): chrono reads the whole. */
const DAY_AFTER = /^\s*,?\s*(?:yesterday|today|tomorrow|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

export const middayParser = wordParser(PATTERN, (context, m, index) => {
  if (DAY_AFTER.test(context.text.slice(index + m[0].length, index + m[0].length + 16))) return null;
  const clock = CLOCK[m[1]!.toLowerCase()]!;
  const time = clock.includes(':') ? { hour: 12, minute: 0 } : (clock as 'MO' | 'AF' | 'EV');
  const timex = timeTimex(referenceDay(context), time, { anchoring: 'relative', rule: 'midday' });
  return timexResult(context, index, m[0], clockOnStoryDay(timex));
},
  /mid[\s-]?(?:day|morning|afternoon|evening)/i,
);
