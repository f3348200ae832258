/**
 * A small base for our chrono parsers: a case-insensitive pattern (never `g`, which makes chrono
 * skip matches) checked for a word boundary on the left against the whole text, because chrono
 * re-runs patterns on substrings where a look-behind cannot see the previous character.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { today, type Day } from './calendar';

export type Extract = (context: ParsingContext, match: RegExpMatchArray, index: number) => ParsingResult | null;

/** Fails at once: chrono runs it when a window lacks the parser's key word. */
const NEVER = /^(?!)/;

/**
 * `gate` is a cheap test for a word every match contains ("quarter", a four-digit number): a
 * window without it is not scanned with the full pattern, whose optional lead-ins make it slow to
 * try at every character.
 */
export function wordParser(pattern: RegExp, extract: Extract, gate?: RegExp): Parser {
  if (pattern.flags.includes('g') || gate?.flags.includes('g')) throw new Error('parser patterns must not use the g flag');
  // The same matches, but a start inside a word (which `extract` rejects, and chrono then retries
  // one character on) fails at the look-behind, before the pattern's optional lead-ins are tried.
  const atWordStart = new RegExp(`(?<![A-Za-z0-9_])(?:${pattern.source})`, pattern.flags);
  return {
    pattern: (context) => (gate && !gate.test(context.text) ? NEVER : atWordStart),
    extract(context, match) {
      const index = match.index ?? 0;
      if (index > 0 && /[\p{L}\p{N}_]/u.test(context.text[index - 1]!)) return null;
      return extract(context, match, index);
    },
  };
}

/** The reference day in the reference's own time zone. */
export function referenceDay(context: ParsingContext): Day {
  return today(context.reference.instant, context.reference.getTimezoneOffset());
}

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, single: 1, couple: 2, half: 0.5,
};

/** A cardinal as digits or words ("3", "three", "twenty-four", "a"). */
export const NUMBER_PATTERN =
  '(?:\\d{1,3}\\s+1/2|\\d{1,4}(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|half an?|a couple of|couple of|a half)';

export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/^(?:a )?couple of$/, 'couple').replace(/^half an?$/, 'half').replace(/^a half$/, 'half');
  const withHalf = /^(\d+)\s+1\/2$/.exec(t);
  if (withHalf) return Number(withHalf[1]) + 0.5;
  if (/^\d/.test(t)) return Number(t.replace(/,/g, '')); // "10,000"
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

/** "1995ish", "1918-1923ish", "the 1990s-ish": a suffix that makes a year or decade approximate (a capture group). */
export const ISH = '(-?ish)?';

/** A month's name or abbreviation, as pattern source to build regexes from; `monthNumber` reads it. */
export const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

export const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday names in `getUTCDay` order (Sunday is 0), lower case. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday's full name, as pattern source (for case-insensitive regexes); `WEEKDAYS.indexOf` reads it. */
export const WEEKDAY_NAME = WEEKDAYS.join('|');

/**
 * A mention that ends in a month name and a period ("late November.", "last May."): the period
 * ends the sentence unless the name is abbreviated ("mid-Sept."), which owns it.
 */
export function withoutSentencePeriod(text: string, monthName: string): string {
  const fullName = monthName.length >= 5 || /^(?:may|june|july)$/i.test(monthName);
  return fullName && text.endsWith('.') ? text.slice(0, -1) : text;
}

/**
 * A year written with two digits ("'98", the 90 of "the '90s") in the reference year's century, or
 * the century before when that would be more than ten years ahead: "'98" read in 2022 is 1998.
 */
export function yearOfTwoDigits(twoDigits: number, refYear: number): number {
  const year = Math.floor(refYear / 100) * 100 + twoDigits;
  return year > refYear + 10 ? year - 100 : year;
}

export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? MONTHS[name.toLowerCase().slice(0, 3)]!;
}
