/**
 * Properties over arbitrary and adversarial text: the tagger never throws, its offsets point
 * into the text and `text` is exactly that slice, mentions come in order without overlap, and
 * tagging is deterministic. Speed lives in `npm run bench:speed`; here large adversarial inputs
 * only have to finish (a catastrophic regex would not).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDays } from '../../../src/extract/events/event-date';
import { tagDates } from '../../../src/extract/tagger/tag-dates';
import type { DateMention } from '../../../src/extract/types';

const TOKENS = [
  '1997', '2022', '19', '0', '9/11', '24/7', '3/4', '11/02/89', '2022-01-10', ' ', '  ', '\n', '\n\n', ',', '.', '. ', '(', ')', "'", '’', '-', '–', '$', '%',
  'on', 'Monday', 'January', 'Jan.', '10', 'the', 'third', 'quarter', 'year', 'years', 'ago', 'last', 'next', 'this', 'week', 'early', 'late', '1990s', "'90s",
  'century', '19th', 'spring', 'fall', 'now', 'today', 'will', 'said', 'for', 'three', 'days', 'every', 'daily', 'a', 'half', 'first', 'of', 'in', 'to', 'from',
  'p.m.', '2', ':30', 'nineteen', 'ninety-one', 'Q1', 'fiscal', 'year-earlier', 'period', 'Dec.', '15', 'May', 'may', '😀', 'é',
];

const references = fc.constantFrom('2022-01-11', '1989-10-30', '2000-02-29', '1998-08-07T13:37', '2021-12-31T23:59:00+05:00');
const newsLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(' '));
const glued = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));

function checkInvariants(text: string, mentions: DateMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(m.type);
    // Compared as days, not strings: "1997 years ago" read in 1989 is the year -8, and "-000008-01-01"
    // sorts after "-000007-01-01" as a string.
    if (m.interval) expect(compareDays(m.interval.start, m.interval.end)).toBeLessThan(0);
    previousEnd = m.end;
  }
}

/** The one mention's value and interval. */
const tag1 = (text: string, date: string) => {
  const [m] = tagDates(text, { date, timezone: 0 });
  return { value: m!.value, interval: m!.interval };
};

describe('tagger properties', () => {
  it.each([
    ['arbitrary strings', fc.string({ maxLength: 300 })],
    ['arbitrary unicode', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['news-like token soup', newsLike],
    ['tokens glued without spaces', glued],
  ])('%s: never throws, offsets inside the text, text === slice, in order', (_name, texts) => {
    fc.assert(
      fc.property(texts, references, (text, date) => {
        checkInvariants(text, tagDates(text, { date, timezone: 0 }));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsLike, references, fc.integer({ min: -720, max: 840 }), (text, date, timezone) => {
        expect(tagDates(text, { date, timezone })).toEqual(tagDates(text, { date, timezone }));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['digits', () => '7'],
    ['digits and spaces', (i: number) => (i % 5 === 4 ? ' ' : String(i % 10))],
    ['punctuation', (i: number) => '.,;:!?-–/()[]\'"'[i % 15]!],
    ['digits and punctuation', (i: number) => (i % 2 ? '/' : String((i * 7) % 10))],
    ['years and commas', (i: number) => ['1997', ', '][i % 2]!],
  ])('finishes on 300 000 characters of %s', (_name, char) => {
    const text = Array.from({ length: 300_000 }, (_, i) => char(i)).join('').slice(0, 300_000);
    checkInvariants(text, tagDates(text, { date: '2022-01-11', timezone: 0 }));
  });

  it('keeps a year before 1 CE in order: "1997 years ago" read in 1989', () => {
    // Found by the token-soup property, which compared the interval's ISO strings.
    expect(tag1('1997 years ago', '1989-10-30')).toEqual({ value: '-000008', interval: { start: '-000008-01-01', end: '-000007-01-01' } });
  });
});
