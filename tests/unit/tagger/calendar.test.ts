import { describe, expect, it } from 'vitest';
import { addDays, addMonthsToDay, isoDay, isoWeekOf, isoYear, makeDay, mondayOfIsoWeek } from '../../../src/extract/tagger/calendar';

describe('calendar', () => {
  it('writes years outside 0000–9999 in ISO expanded form', () => {
    expect([isoYear(1997), isoYear(0), isoYear(10000), isoYear(-299)]).toEqual(['1997', '0000', '+010000', '-000299']);
    expect(isoDay(makeDay(-299, 1, 1))).toBe('-000299-01-01');
  });

  it('moves a day by months, keeping its day of the month where the month has it', () => {
    expect(isoDay(addMonthsToDay(makeDay(2000, 4, 14), 1))).toBe('2000-05-14');
    expect(isoDay(addMonthsToDay(makeDay(2000, 1, 31), 1))).toBe('2000-02-29');
    expect(isoDay(addMonthsToDay(makeDay(2000, 2, 29), 12))).toBe('2001-02-28');
  });

  it('normalises overflowing days and months', () => {
    expect(isoDay(makeDay(2022, 13, 1))).toBe('2023-01-01');
    expect(isoDay(addDays(makeDay(2022, 3, 1), -1))).toBe('2022-02-28');
    expect(isoDay(makeDay(45, 2, 29))).toBe('0045-03-01');
  });

  it('numbers ISO weeks (week 1 holds the first Thursday)', () => {
    expect(isoWeekOf(makeDay(2022, 1, 11))).toMatchObject({ year: 2022, week: 2 });
    expect(isoWeekOf(makeDay(2021, 1, 3))).toMatchObject({ year: 2020, week: 53 });
    expect(isoWeekOf(makeDay(2024, 12, 30))).toMatchObject({ year: 2025, week: 1 });
    expect(isoDay(mondayOfIsoWeek(2022, 2))).toBe('2022-01-10');
  });
});
