/**
 * Periods counted from a time the story has just named: "the next day", "the following week",
 * "the previous month" ("the prior month"), "the day before", "that day", "later that year", "the same week", "the
 * previous Friday", "the following Monday" (the nearest such weekday before or after it). The
 * parser values them from the reference (marked approximate) and records the step; the anaphora
 * pass (`anaphora.ts`) re-anchors them on the last dated mention before them, as TimeBank does
 * ("He arrived on May 3. The next day ..." is May 4).
 */
import { addDays, addMonths, weekdayOf } from '../calendar';
import { referenceDay, WEEKDAY_NAME, WEEKDAYS, wordParser } from '../parser-kit';
import { dayTimex, monthTimex, timexResult, weekTimex, yearTimex, type Anaphor, type Timex } from '../timex';

const PATTERN = new RegExp(
  `(?:(later|earlier)\\s+)?(?:the\\s+(next|previous|prior|preceding|following|same)\\s+(day|week|month|year)|that\\s+(day|week|month|year)|the\\s+(day|week|month|year)\\s+(before|after)|the\\s+(previous|preceding|following|next)\\s+(${WEEKDAY_NAME}))(?![\\p{L}\\d-])`,
  'iu',
);

const STEP: Record<string, number> = { next: 1, following: 1, after: 1, previous: -1, prior: -1, preceding: -1, before: -1, same: 0, that: 0 };

export const anaphoricParser = wordParser(PATTERN, (context, m, index) => {
  const [, , whichUnit, unitA, unitThat, unitB, beforeAfter, whichWeekday, weekdayName] = m;
  const which = whichUnit ?? whichWeekday;
  if (weekdayName && !/^\p{Lu}/u.test(weekdayName)) return null; // weekday names are capitalised
  const unit = (unitA ?? unitThat ?? unitB ?? 'day').toLowerCase() as Anaphor['unit'];
  const after = context.text.slice(index + m[0].length, index + m[0].length + 12);
  // "the day after the vote", "the week before Christmas": anchored to what follows, not before;
  // "later in the day before returning home": a conjunction before a clause, no "day before".
  if (beforeAfter && /^\s+(?:the|his|her|their|its|a|an|last|next|this|\p{Lu}|\d|\p{Ll}+ing\b)/u.test(after)) return null;
  // "that day" as a demonstrative of a clause ("that day care centre") is rare; "the next day's" fine.
  if (unitThat && /^\s*(?:care|trip|job)s?\b/i.test(after)) return null;
  const step = STEP[(which ?? beforeAfter ?? 'that').toLowerCase()]!;
  // "that day", "the same week" point back and mean nothing without a date before them.
  const anaphor: Anaphor = { unit, step, pointing: Boolean(unitThat) || which?.toLowerCase() === 'same' };
  if (weekdayName) anaphor.weekday = WEEKDAYS.indexOf(weekdayName.toLowerCase());
  const timex = stepFrom(referenceDay(context), anaphor, { anchoring: 'relative', rule: 'anaphoric' });
  // "later that year": the part is said, not valued (TIMEX3 keeps the year).
  return timexResult(context, index, m[0], { ...timex, approximate: true, anaphor });
},
  /\b(?:next|previous|prior|preceding|following|same|that)\s+(?:day|week|month|year|\w+day)\b|\b(?:day|week|month|year)\s+(?:before|after)\b/i,
);

export function stepFrom(from: { year: number; month: number; day: number }, anaphor: Anaphor, shape: Pick<Timex, 'anchoring' | 'rule'>): Timex {
  switch (anaphor.unit) {
    case 'day':
      if (anaphor.weekday !== undefined) {
        const days = anaphor.step < 0 ? -(((weekdayOf(from) - anaphor.weekday + 6) % 7) + 1) : ((anaphor.weekday - weekdayOf(from) + 6) % 7) + 1;
        return dayTimex(addDays(from, days), shape);
      }
      return dayTimex(addDays(from, anaphor.step), shape);
    case 'week':
      return weekTimex(addDays(from, 7 * anaphor.step), shape);
    case 'month': {
      const d = addMonths(from, anaphor.step);
      return monthTimex(d.year, d.month, shape);
    }
    default:
      return yearTimex(from.year + anaphor.step, shape);
  }
}
