/**
 * Past-leaning resolution of dates the text leaves open. Chrono resolves a bare weekday forwards
 * and a month-day to the nearest year; news mostly reports the past, so here the verb tense of the
 * sentence decides: "talks ended on Monday" is the Monday before the reference, "will meet on
 * Wednesday" the one after; "on January 10 ... will begin" is the next January 10.
 * "last/next/this Monday" keep chrono's reading.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { addDays, compareDays, daysBetween, makeDay, weekdayOf, type Day } from '../calendar';
import { chronoRule } from '../chrono-rule';
import { referenceDay } from '../parser-kit';
import { tenseAround, type Tense } from '../tense';
import { dayTimex, monthTimex, setTimex, timeTimex, timexOf } from '../timex';

const EXPLICIT_DIRECTION = /\b(?:last|past|next|this|coming|previous)\b/i;

function weekdayDay(ref: Day, weekday: number, tense: Tense | null): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (tense === 'future') return addDays(ref, back === 0 ? 7 : 7 - back);
  return addDays(ref, -back);
}

function monthDayYear(ref: Day, month: number, day: number, tense: Tense | null): number {
  const thisYear = makeDay(ref.year, month, day);
  const cmp = compareDays(thisYear, ref);
  if (tense === 'past') return cmp <= 0 ? ref.year : ref.year - 1;
  if (tense === 'future') return cmp >= 0 ? ref.year : ref.year + 1;
  const lastYear = makeDay(ref.year - 1, month, day);
  const nextYear = makeDay(ref.year + 1, month, day);
  const candidates = [lastYear, thisYear, nextYear];
  candidates.sort((a, b) => Math.abs(daysBetween(ref, a)) - Math.abs(daysBetween(ref, b)));
  return candidates[0]!.year;
}

function monthYear(ref: Day, month: number, tense: Tense | null): number {
  if (tense === 'past') return month <= ref.month ? ref.year : ref.year - 1;
  if (tense === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  const diff = month - ref.month;
  return diff > 6 ? ref.year - 1 : diff < -6 ? ref.year + 1 : ref.year;
}

function resolve(result: ParsingResult, ref: Day, sentence: string): void {
  const c = result.start;
  if (c.isCertain('year') || EXPLICIT_DIRECTION.test(result.text)) return;
  const tense = tenseAround(sentence, result.index, result.index + result.text.length);
  const shape = { anchoring: 'relative' as const, rule: `tense:${chronoRule(result).replace(/^chrono:/, '')}` };
  let day: Day | null = null;
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    day = weekdayDay(ref, c.get('weekday')!, tense === 'present' ? 'past' : tense);
  } else if (c.isCertain('month') && c.isCertain('day')) {
    const month = c.get('month')!;
    const dayOfMonth = c.get('day')!;
    day = makeDay(monthDayYear(ref, month, dayOfMonth, tense), month, dayOfMonth);
  } else if (c.isCertain('month') && !c.isCertain('hour')) {
    const month = c.get('month')!;
    setTimex(result, monthTimex(monthYear(ref, month, tense), month, shape));
    return;
  }
  if (!day) return;
  const time = c.isCertain('hour') ? { hour: c.get('hour')!, minute: c.get('minute') ?? 0 } : null;
  setTimex(result, time ? timeTimex(day, time, shape) : dayTimex(day, shape));
}

export const tenseRefiner: Refiner = {
  refine(context, results) {
    const ref = referenceDay(context);
    for (const result of results) if (!timexOf(result)) resolve(result, ref, context.text);
    return results;
  },
};
