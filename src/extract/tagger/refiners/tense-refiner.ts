/**
 * Past-leaning resolution of dates the text leaves open. Chrono resolves a bare weekday forwards
 * and a month-day to the nearest year; news mostly reports the past, so here the verb tense of the
 * sentence decides: "talks ended on Monday" is the Monday before the reference, "will meet on
 * Wednesday" the one after; "on January 10 ... will begin" is the next January 10.
 * "last/next/this Monday" keep chrono's reading. The day a reporting period "ended" on is past:
 * "the quarter ended Oct. 31", said on Oct. 27, closed a year before.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, compareDays, isoDay, makeDay, type Day } from '../calendar';
import { monthDayYear, monthYear, weekdayDay } from '../open-dates';
import { closingDay, PERIOD_END_VERB, periodEndOf } from '../periods';
import { chronoRule, hasClockTime, partOfDay } from '../chrono-rule';
import { referenceDay } from '../parser-kit';
import { sentenceAt, tenseOf } from '../news-context';
import { isHabitual, isYearly, type Tense } from '../tense';
import { aheadBefore, copulaSchedules, deadlineAhead, tenseAhead } from '../date-ahead';
import { dayTimex, monthTimex, setTimex, timeTimex, timexOf, vagueTimex, weeklyValue } from '../timex';

/** A reporting period's end: "the quarter ended", "the six months ended", "the fiscal year ends". */
const PERIOD_END = new RegExp(`\\b(?:quarter|year|months|weeks|period|half)\\s+(${PERIOD_END_VERB})\\s+$`, 'i');

/** "a Monday", "an ordinary Sunday" is not: the article must be a word of its own ("Iran Saturday", "plan Friday"). */
const ANY_WEEKDAY = /(?<![\p{L}\p{N}])an?\s+$/iu;

const EXPLICIT_DIRECTION = /\b(?:last|past|next|this|coming|previous)\b/i;

/** "on Wednesday and Thursday", "Monday or Tuesday": the second weekday goes the first one's way. */
const CONJOINED = /^\s*(?:,|and|or|&|to|through|[-–—])\s*$/i;
/** "Monday through Friday", "Tuesday to Thursday": the second weekday ends a range the first begins. */
const RANGE_TO = /^\s*(?:to|through|[-–—])\s*$/i;

function resolve(context: ParsingContext, result: ParsingResult, ref: Day, previous: ParsingResult | undefined): Tense | null {
  const c = result.start;
  if (c.isCertain('year') || EXPLICIT_DIRECTION.test(result.text)) return null;
  const conjoined = previous && CONJOINED.test(context.text.slice(previous.index + previous.text.length, result.index));
  const end = result.index + result.text.length;
  // "around Wednesday's ruling": a possessive date names a happening of its own, which the
  // clause's verb ("would look for ways around") does not place; news names what has happened.
  // "Ahead of Saturday's game" looks forward all the same.
  const possessive = /^['’]s?\s/.test(context.text.slice(end, end + 3)) && c.isCertain('weekday') && !c.isCertain('day');
  // "Monday through Friday": the second day of a range goes the first one's way, not ahead.
  const ahead = !conjoined && aheadBefore(context.text, result.index);
  const clause = conjoined ? tenses.get(previous) ?? null : possessive ? (ahead ? 'future' : 'past') : tenseOf(context, result.index, end);
  // "has given them until Tuesday", "the offer is open until Friday": a state that holds now and
  // lasts until the date puts the date ahead; only a past state ("stayed until Tuesday") ends before.
  // "on patrol since March and was scheduled to return": what something has lasted since lies in
  // the past, whatever verb is nearest.
  const since = /\bsince\s+$/i.test(context.text.slice(Math.max(0, result.index - 8), result.index));
  // "The funeral is Saturday", "Monday is a holiday", "the vote is Nov. 7", "the annual meeting is
  // in May": a day or month a present copula schedules is the coming one ("Today is Friday" stays
  // the reference day).
  const { sentence, shift } = sentenceAt(context, result.index);
  const dated = c.isCertain('day') ? c.isCertain('month') : c.isCertain('weekday') || c.isCertain('month');
  const scheduled = !possessive && dated && copulaSchedules(sentence, result.index + shift, end + shift);
  const deadline = !conjoined && !possessive && deadlineAhead(context.text, result.index, end);
  const tense = since ? 'past' : possessive ? clause : deadline ? 'future' : tenseAhead(clause, ahead || scheduled);
  tenses.set(result, tense);
  // "Christmas falls on a Monday", "never on a Sunday": with "a", any such weekday, no one day.
  if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('hour') && ANY_WEEKDAY.test(context.text.slice(Math.max(0, result.index - 12), result.index))) {
    setTimex(result, vagueTimex('DATE', weeklyValue(c.get('weekday')!), { anchoring: 'none', rule: 'tense:any-weekday' }));
    return tense;
  }
  // "They usually meet on Tuesday": in a clause of habit a weekday recurs, as "on Tuesdays" does.
  if (c.isCertain('weekday') && !c.isCertain('day') && !possessive && !c.isCertain('hour') && tense !== 'past' && isHabitual(sentence, result.index + shift)) {
    setTimex(result, vagueTimex('SET', weeklyValue(c.get('weekday')!), { anchoring: 'none', rule: 'tense:habit' }));
    return tense;
  }
  // "The festival takes place every year in August": the month recurs, no one August is meant.
  if (c.isCertain('month') && !c.isCertain('hour') && tense !== 'past' && isYearly(sentence, result.index + shift, end + shift)) {
    const day = c.isCertain('day') ? `-${String(c.get('day')).padStart(2, '0')}` : '';
    setTimex(result, vagueTimex('DATE', `XXXX-${String(c.get('month')).padStart(2, '0')}${day}`, { anchoring: 'none', rule: 'tense:yearly' }));
    return tense;
  }
  const shape = { anchoring: 'relative' as const, rule: `tense:${chronoRule(result).replace(/^chrono:/, '')}` };
  let day: Day | null = null;
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    day = weekdayDay(ref, c.get('weekday')!, tense === 'present' ? 'past' : tense);
    // "closed Monday through Friday": the range's end is the first such weekday from its start on,
    // never a day before it. (A past range that would end before it begins, "ran from Monday to
    // Wednesday" said on Tuesday, began a week earlier: its start is not moved here.)
    const from = tense !== 'past' && conjoined && RANGE_TO.test(context.text.slice(previous!.index + previous!.text.length, result.index)) ? timexOf(previous!)?.interval?.start : undefined;
    if (from && compareDays(day, from) < 0) day = weekdayDay(from, c.get('weekday')!, 'future');
    // "He said Monday that he would meet the president on Tuesday": a future seen from a reported
    // day is the first such weekday after it, not after the publication.
    const reported = tense === 'future' && previous ? reportedDay(context, previous, result) : null;
    if (reported) day = weekdayDay(addDays(reported, 1), c.get('weekday')!, 'future');
  } else if (c.isCertain('month') && c.isCertain('day')) {
    const month = c.get('month')!;
    const dayOfMonth = c.get('day')!;
    // "the quarter ended Oct. 31": books that have closed closed on a day already past; "the
    // fiscal year ends June 30" closes on the coming one.
    const periodEnd = PERIOD_END.exec(context.text.slice(Math.max(0, result.index - 40), result.index))?.[1];
    day = periodEnd && periodEndOf(periodEnd) !== 'ending'
      ? closingDay(ref, month, dayOfMonth, null, periodEndOf(periodEnd))
      : makeDay(monthDayYear(ref, month, dayOfMonth, tense === 'present' ? 'past' : tense), month, dayOfMonth);
  } else if (c.isCertain('month') && !c.isCertain('hour')) {
    const month = c.get('month')!;
    setTimex(result, monthTimex(monthYear(ref, month, tense ?? 'past'), month, shape));
    return tense;
  }
  if (!day) return tense;
  const part = hasClockTime(result) ? null : partOfDay(result);
  const time = part ?? (c.isCertain('hour') ? { hour: c.get('hour')!, minute: c.get('minute') ?? 0 } : null);
  // TimeBank types "Wednesday night" a DATE (a day, roughly), "3 p.m. Wednesday" a TIME.
  const timex = time ? timeTimex(day, time, shape) : dayTimex(day, shape);
  setTimex(result, part ? { ...timex, type: 'DATE' } : timex);
  return tense;
}

/** "said Monday that ... would", "announced on Tuesday it would": a day of reporting, then "would". */
const REPORTED_ON = /\b(?:said|announced|told\s+\w+|reported|promised|pledged|predicted)\s+(?:on\s+)?$/i;
const WOULD_BETWEEN = /^[^.;:!?]*\bwould\b[^.;:!?]*$/i;

/** The day a sentence reports on, when the date follows it with "would": `previous` resolved to a day. */
function reportedDay(context: ParsingContext, previous: ParsingResult, result: ParsingResult): Day | null {
  const between = context.text.slice(previous.index + previous.text.length, result.index);
  if (!WOULD_BETWEEN.test(between) || !REPORTED_ON.test(context.text.slice(Math.max(0, previous.index - 24), previous.index))) return null;
  const timex = timexOf(previous);
  return timex?.precision === 'day' && timex.interval ? timex.interval.start : null;
}

/** The tense each open weekday or date was resolved with, for a weekday conjoined to it. */
const tenses = new WeakMap<ParsingResult, Tense | null>();

/** Between two happenings told in order in one sentence: "began on Monday and ended on Friday". */
const AND_THEN = /^(?=[^.;:!?]{1,60}$)[^]*\b(?:and|then)\b/i;

/**
 * "The strike began on Monday and ended on Friday", said on a Thursday: each weekday resolved on
 * its own gave Monday the 12th and Friday the 9th, an end before its beginning. Two past weekdays
 * told in order, the later one resolved earlier, put the first a week back.
 */
function inOrder(context: ParsingContext, results: ParsingResult[]): void {
  results.forEach((result, i) => {
    const next = results[i + 1];
    if (!next || tenses.get(result) !== 'past' || tenses.get(next) !== 'past') return;
    const [a, b] = [timexOf(result), timexOf(next)];
    if (a?.precision !== 'day' || b?.precision !== 'day' || !a.interval || !b.interval) return;
    if (!result.start.isCertain('weekday') || !next.start.isCertain('weekday') || result.start.isCertain('day') || next.start.isCertain('day')) return;
    if (compareDays(b.interval.start, a.interval.start) >= 0 || !AND_THEN.test(context.text.slice(result.index + result.text.length, next.index))) return;
    const day = addDays(a.interval.start, -7);
    setTimex(result, { ...a, value: isoDay(day) + a.value.slice(10), interval: { start: day, end: addDays(day, 1) } });
  });
}

export const tenseRefiner: Refiner = {
  refine(context, results) {
    const ref = referenceDay(context);
    let previous: ParsingResult | undefined;
    for (const result of results) {
      if (!timexOf(result)) resolve(context, result, ref, previous);
      previous = result;
    }
    inOrder(context, results);
    return results;
  },
};
