import { describe, expect, it } from 'vitest';
import { eventIds, slug } from '../../../src/extract/events/event-id';
import { salience } from '../../../src/extract/events/salience';
import { compareDays, eventDateOf, isRange, nested, spanDays } from '../../../src/extract/events/event-date';
import { doc, mention, run } from './hand-made';

describe('salience', () => {
  const base = { documents: 1, passages: 1, precision: 'day' as const, approximate: false, commentsOnly: false };
  it('ranks more documents above more passages, a day above a year, and comments last', () => {
    expect(salience(base)).toBe(1);
    expect(salience({ ...base, documents: 2, passages: 2 })).toBe(2);
    expect(salience({ ...base, passages: 3 })).toBe(1.396);
    expect(salience({ ...base, precision: 'year' })).toBe(0.7);
    expect(salience({ ...base, commentsOnly: true })).toBe(0.3);
  });
});

describe('event ids', () => {
  it('are the date value and a slug of the label, unique, and the same run after run', () => {
    expect(slug('Russia/NATO Founding Act')).toBe('russia-nato-founding-act');
    expect(slug('Moscow sent proposed international legal documents today')).toBe('moscow-sent-proposed-international-legal');
    expect(eventIds([['2022-01-10', 'Geneva talks ended'], ['2022-01-10', 'Geneva talks ended'], ['199', 'NATO expands']])).toEqual([
      '2022-01-10-geneva-talks-ended',
      '2022-01-10-geneva-talks-ended-2',
      '199-nato-expands',
    ]);
    // A label whose own slug ends in "-2" takes the next free number, and so do later clashes.
    expect(eventIds([['1997', 'Act'], ['1997', 'Act'], ['1997', 'Act 2'], ['1997', 'Act'], ['1997', 'Act 2']])).toEqual([
      '1997-act', '1997-act-2', '1997-act-2-2', '1997-act-3', '1997-act-2-3',
    ]);
    const many = eventIds(Array.from({ length: 50_000 }, () => ['2020', 'Same'] as [string, string]));
    expect([many[0], many[1], many[49_999], new Set(many).size]).toEqual(['2020-same', '2020-same-2', '2020-same-50000', 50_000]);
    const text = 'Headline\n\nTalks in Geneva ended on Monday.';
    const once = () => run([doc('a', text), [mention(text, 'Monday', '2022-01-10')]]).events.map((e) => e.id);
    expect(once()).toEqual(['2022-01-10-geneva-talks-ended']);
    expect(once()).toEqual(once());
  });
});

describe('event dates', () => {
  it('keeps the precision and interval of the mention, and drops what has no interval', () => {
    const text = 'In 1997 and now.';
    expect(eventDateOf(mention(text, '1997', '1997'))).toEqual({
      value: '1997', start: '1997-01-01', end: '1998-01-01', precision: 'year', approximate: false,
    });
    expect(eventDateOf(mention(text, 'now', '2022-01-11', { deictic: true }))).toBeNull();
    expect(eventDateOf(mention(text, 'now', 'PRESENT_REF', { interval: null }))).toBeNull();
  });

  it('orders wide years, nests intervals and tells a range from a single unit', () => {
    expect(compareDays('-0044-03-15', '0014-08-19')).toBe(-1);
    expect(compareDays('+10000-01-01', '9999-12-31')).toBe(1);
    expect(nested({ start: '2010-12-01', end: '2011-01-01' }, { start: '2010-01-01', end: '2011-01-01' })).toBe(true);
    expect(nested({ start: '2010-12-01', end: '2011-01-01' }, { start: '2011-01-01', end: '2012-01-01' })).toBe(false);
    expect(spanDays({ start: '2022-01-01', end: '2022-07-01' })).toBe(181);
    const date = (start: string, end: string, precision: 'month' | 'year') => ({ value: 'x', start, end, precision, approximate: false });
    expect(isRange(date('2022-01-01', '2022-07-01', 'month'))).toBe(true);
    expect(isRange(date('2022-01-01', '2022-02-01', 'month'))).toBe(false);
    expect(isRange(date('2024-01-01', '2025-01-01', 'year'))).toBe(false);
  });
});
