/**
 * Dates the text leaves open, closed by tense: a weekday, a month-day or a month without a year.
 * Past: the latest one not after the reference; future: the next one; no tense: the nearest.
 * A weekday that is the reference's own weekday is the reference day whatever the tense: wire
 * copy names the day of writing by its weekday ("said Sunday" in Sunday's story, "will meet
 * Friday" in Friday's).
 */
import type { ParsingContext } from 'chrono-node';
import { addDays, daysBetween, isRealDate, makeDay, weekdayOf, type Day } from './calendar';
import { tenseOf } from './news-context';
import { referenceDay } from './parser-kit';
import type { Tense } from './tense';

export function weekdayDay(ref: Day, weekday: number, tense: Tense | null): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (back === 0) return ref;
  if (tense === 'future') return addDays(ref, 7 - back);
  return addDays(ref, -back);
}

/**
 * A month-day is read as the nearest one; tense moves it only when the nearest one lies far on
 * the wrong side ("was signed on November 20" read in January is last November).
 */
export function monthDayYear(ref: Day, month: number, day: number, tense: Tense | null): number {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => makeDay(year, month, day));
  candidates.sort((a, b) => Math.abs(daysBetween(ref, a)) - Math.abs(daysBetween(ref, b)));
  const nearest = candidates[0]!;
  const offset = daysBetween(ref, nearest);
  if (tense === 'past' && offset > FAR_DAYS) return nearest.year - 1;
  if (tense === 'future' && offset < -FAR_DAYS_BEHIND) return nearest.year + 1;
  return nearest.year;
}

/**
 * The year of the month-day a parser found at [start, end) of the text: the year written with it,
 * else the one the sentence's tense picks (monthDayYear).
 */
export function monthDayYearIn(context: ParsingContext, month: number, day: number, writtenYear: string | undefined, start: number, end: number): number {
  return writtenYear ? Number(writtenYear) : monthDayYear(referenceDay(context), month, day, tenseOf(context, start, end));
}

/** Months likewise: the nearest, moved a year when tense says it lies far on the other side. */
export function monthYear(ref: Day, month: number, tense: Tense | null): number {
  const diff = month - ref.month;
  const year = diff > 6 ? ref.year - 1 : diff < -6 ? ref.year + 1 : ref.year;
  const offset = (year - ref.year) * 12 + diff;
  if (tense === 'past' && offset >= FAR_MONTHS) return year - 1;
  if (tense === 'future' && offset <= -FAR_MONTHS) return year + 1;
  return year;
}

/** The year of the month a parser found at [start, end): written with it, else picked by tense (monthYear). */
export function monthYearIn(context: ParsingContext, month: number, writtenYear: string | undefined, start: number, end: number): number {
  return writtenYear ? Number(writtenYear) : monthYear(referenceDay(context), month, tenseOf(context, start, end));
}

/** Months from which a month on the wrong side of the tense is moved a year. */
const FAR_MONTHS = 2;

/**
 * Days beyond which a month-day on the wrong side of the tense is moved a year. A past one stays
 * the nearest up to three months ahead, as the annotators of TimeBank read it (30 days there cost
 * 0.5 value F1); a future one more than a month behind is next year's ("Elections will be held on
 * 12 May", said in June). Nearer than that the tense may be another clause's, so it stays.
 */
const FAR_DAYS = 90;
const FAR_DAYS_BEHIND = 30;

/**
 * A day of the month without a month ("on the 10th"): in the reference's month (so in a
 * present-tense sentence), or the month before when that day lies ahead in a past-tense (or
 * tenseless) sentence, the month after when it lies behind in a future one. Months too short for
 * the day are skipped.
 */
export function dayOfMonthDay(ref: Day, day: number, tense: Tense | null): Day | null {
  const step = tense === 'future' ? (day < ref.day ? 1 : 0) : tense !== 'present' && day > ref.day ? -1 : 0;
  for (let months = step; Math.abs(months) <= 2; months += step || 1) {
    const first = makeDay(ref.year, ref.month + months, 1);
    if (isRealDate(first.year, first.month, day)) return makeDay(first.year, first.month, day);
    if (step === 0) return null;
  }
  return null;
}
