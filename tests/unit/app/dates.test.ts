import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../src/schema/timeline';
import { formatIsoDay, parseIsoDay, parseIsoInstant } from '../../../src/app/lib/iso-day';
import { formatEventDate, isoWeek, monthName } from '../../../src/app/lib/precision-label';
import { formatPublished } from '../../../src/app/lib/published-label';
import { yearLabel } from '../../../src/app/lib/year-label';

const date = (value: string, start: string, end: string, precision: EventDate['precision'], approximate = false): EventDate => ({
  value,
  start,
  end,
  precision,
  approximate,
});

describe('ISO days', () => {
  it('reads ordinary, early (years 0–99), BCE and far-future days in UTC', () => {
    expect(parseIsoDay('2022-01-10')).toBe(Date.UTC(2022, 0, 10));
    expect(new Date(parseIsoDay('0044-03-15')).getUTCFullYear()).toBe(44);
    expect(new Date(parseIsoDay('-0043-03-15')).getUTCFullYear()).toBe(-43);
    expect(new Date(parseIsoDay('+012000-01-01')).getUTCFullYear()).toBe(12000);
  });

  it('rejects what is not an ISO day', () => {
    for (const bad of ['2022-1-10', '10/01/2022', '2022-01-10T00:00', '', '22-01-10']) expect(parseIsoDay(bad)).toBeNaN();
    expect(parseIsoInstant('2022-01-10T12:00:00Z')).toBe(Date.UTC(2022, 0, 10, 12));
    expect(parseIsoInstant('soon')).toBeNaN();
  });

  it('writes days back, expanded years included', () => {
    for (const day of ['2022-01-10', '0044-03-15', '-000043-03-15', '+012000-01-01']) expect(formatIsoDay(parseIsoDay(day))).toBe(day);
  });
});

describe('dates said at their precision', () => {
  it('says each precision the way a reader writes it', () => {
    expect(formatEventDate(date('1997', '1997-01-01', '1998-01-01', 'year'))).toBe('1997');
    expect(formatEventDate(date('2022-01', '2022-01-01', '2022-02-01', 'month'))).toBe('January 2022');
    expect(formatEventDate(date('2022-01-10', '2022-01-10', '2022-01-11', 'day'))).toBe('Mon 10 January 2022');
    expect(formatEventDate(date('199', '1990-01-01', '2000-01-01', 'decade'))).toBe('the 1990s');
    expect(formatEventDate(date('2022-W02', '2022-01-10', '2022-01-17', 'week'))).toBe('week 2, 2022');
    expect(formatEventDate(date('2022-Q3', '2022-07-01', '2022-10-01', 'quarter'))).toBe('Q3 2022');
    expect(formatEventDate(date('2022-SU', '2022-06-01', '2022-09-01', 'season'))).toBe('summer 2022');
    expect(formatEventDate(date('2022-H2', '2022-07-01', '2023-01-01', 'half'))).toBe('second half of 2022');
    expect(formatEventDate(date('19', '1900-01-01', '2000-01-01', 'century'))).toBe('the 20th century');
  });

  it('says a date that runs over several of its units as a range, not by its first unit', () => {
    // Were "January 2022", "around 1918" and "Mon 10 January 2022".
    expect(formatEventDate(date('2022-01', '2022-01-01', '2022-07-01', 'month'))).toBe('January–June 2022');
    expect(formatEventDate(date('2021-11', '2021-11-01', '2022-03-01', 'month'))).toBe('November 2021 – February 2022');
    expect(formatEventDate(date('1918', '1918-01-01', '1924-01-01', 'year', true))).toBe('around 1918–1923');
    expect(formatEventDate(date('2022-01-10', '2022-01-10', '2022-01-13', 'day'))).toBe('10–12 January 2022');
    expect(formatEventDate(date('2021-12-30', '2021-12-30', '2022-01-03', 'day'))).toBe('Thu 30 December 2021 – Sun 2 January 2022');
    expect(formatEventDate(date('198', '1985-01-01', '1995-01-01', 'decade'))).toBe('the 1980s–1990s');
    expect(formatEventDate(date('-0050', '-000050-01-01', '-000040-01-01', 'year'))).toBe('51 BCE–42 BCE');
  });

  it('marks approximate dates and says BCE years', () => {
    expect(formatEventDate(date('1997', '1997-01-01', '1998-01-01', 'year', true))).toBe('around 1997');
    expect(formatEventDate(date('-0043-03-15', '-0043-03-15', '-0043-03-16', 'day'))).toBe('Fri 15 March 44 BCE');
    expect(yearLabel(0)).toBe('1 BCE');
    expect(yearLabel(1)).toBe('1');
  });

  it('names months and weekdays in English as Intl does, without it, and asks Intl for other languages', () => {
    for (const lang of ['en', 'en-GB', 'en-US', 'EN']) {
      for (let month = 0; month < 12; month++) {
        const day = new Date(Date.UTC(2022, month, 10));
        expect(monthName(day, lang)).toBe(new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(day));
      }
    }
    for (let d = 10; d < 17; d++) {
      const day = new Date(Date.UTC(2022, 0, d));
      const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' }).format(day);
      expect(formatEventDate(date(`2022-01-${d}`, `2022-01-${d}`, `2022-01-${d + 1}`, 'day'))).toBe(`${weekday} ${d} January 2022`);
    }
    expect(monthName(new Date(Date.UTC(2022, 0, 10)), 'fr')).toBe('janvier');
    expect(formatEventDate(date('2022-01-10', '2022-01-10', '2022-01-11', 'day'), 'de')).toBe(
      `${new Intl.DateTimeFormat('de', { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2022, 0, 10)))} 10 Januar 2022`,
    );
  });

  it('numbers ISO weeks across a year boundary', () => {
    expect(isoWeek(new Date(Date.UTC(2021, 0, 1)))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(new Date(Date.UTC(2021, 0, 4)))).toEqual({ year: 2021, week: 1 });
    expect(isoWeek(new Date(Date.UTC(2024, 11, 30)))).toEqual({ year: 2025, week: 1 });
  });

  it('says publication dates', () => {
    expect(formatPublished('2022-01-29')).toBe('29 January 2022');
    expect(formatPublished('not a date')).toBe('not a date');
  });
});
