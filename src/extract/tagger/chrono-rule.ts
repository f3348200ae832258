import type { ParsingComponents, ParsingResult } from 'chrono-node';
import { makeDay, type Day } from './calendar';

/** `chrono:ENWeekdayParser` from chrono's `parser/...` tag, for the mention's `rule`. */
export function chronoRule(result: ParsingResult): string {
  for (const tag of result.tags()) if (tag.startsWith('parser/')) return `chrono:${tag.slice(7)}`;
  return 'chrono';
}

/** Chrono results computed from the reference date ("today", "3 days ago", "next week"). */
export function isChronoRelative(result: ParsingResult): boolean {
  for (const tag of result.tags()) if (tag === 'result/relativeDate' || tag.startsWith('casualReference/')) return true;
  return false;
}

/** The TIMEX3 part of day chrono recognised ("Tuesday morning", "last night"), if any. */
const PART_OF_DAY: Record<string, 'MO' | 'AF' | 'EV' | 'NI'> = {
  'casualReference/morning': 'MO',
  'casualReference/afternoon': 'AF',
  'casualReference/evening': 'EV',
  'casualReference/night': 'NI',
  'casualReference/tonight': 'NI',
  'casualReference/lastNight': 'NI',
};

const PART_OF_DAY_WORD = /\b(morning|afternoon|evening|night|tonight)\b/i;
const WORD_PART: Record<string, 'MO' | 'AF' | 'EV' | 'NI'> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

export function partOfDay(result: ParsingResult): 'MO' | 'AF' | 'EV' | 'NI' | null {
  const word = PART_OF_DAY_WORD.exec(result.text)?.[1];
  if (word) return WORD_PART[word.toLowerCase()]!;
  for (const tag of result.tags()) if (PART_OF_DAY[tag]) return PART_OF_DAY[tag];
  return null;
}


/** A time of day and nothing of the date: "at 5 p.m.", "2:05:30". */
export function isTimeOnly(c: ParsingComponents): boolean {
  return c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
}

/** A clock time written out ("4 in the morning", "10:35 a.m."), which beats a part-of-day word. */
export function hasClockTime(result: ParsingResult): boolean {
  return result.tags().has('parser/ENTimeExpressionParser') && result.start.isCertain('hour');
}

/** The calendar day chrono's components hold, known or implied. */
export function componentsDay(c: ParsingComponents): Day {
  return makeDay(c.get('year')!, c.get('month')!, c.get('day')!);
}
