import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWindow, isoDay, parseBound, parseWindow } from '../../../src/app/config/time-bounds';

describe('parseBound', () => {
  it('opens a named period at its first day and closes it after its last', () => {
    expect(parseBound('1997', 'start')).toBe('1997-01-01');
    expect(parseBound('1997', 'end')).toBe('1998-01-01');
    expect(parseBound('2021-12', 'end')).toBe('2022-01-01');
    expect(parseBound('2024-02', 'end')).toBe('2024-03-01');
    expect(parseBound('2024-02-29', 'end')).toBe('2024-03-01');
    expect(parseBound('0800', 'start')).toBe('0800-01-01');
    expect(parseBound('9999', 'end')).toBe('+010000-01-01');
  });
  it('takes instants exactly, on either side', () => {
    expect(parseBound('2022-01-10T09:30Z', 'end')).toBe('2022-01-10T09:30:00.000Z');
    expect(parseBound('2022-01-10T09:30:15.5-05:00', 'start')).toBe('2022-01-10T14:30:15.500Z');
    expect(parseBound('2022-01-10T00:00Z', 'end')).toBe('2022-01-10');
  });
  it('refuses what is not a real date in one of the forms', () => {
    for (const bad of ['2023-02-29', '2022-00', '2022-01-00', '2022-1-5', '20220110', '2022-01-10T25:00', '2022-01-10T10:60Z', '2022-01-10T10:00+24:00', '2022-01-10 10:00', ' 2022', '+2022', 'now', ''])
      expect(parseBound(bad, 'start'), bad).toBeNull();
  });
});

describe('formatWindow', () => {
  it('writes aligned windows as short periods that read back the same', () => {
    expect(formatWindow({ start: '2021-01-01', end: '2023-01-01' })).toEqual({ start: '2021', end: '2022' });
    expect(formatWindow({ start: '2021-12-01', end: '2022-03-01' })).toEqual({ start: '2021-12', end: '2022-02' });
    expect(formatWindow({ start: '2022-01-10', end: '2022-01-27' })).toEqual({ start: '2022-01-10', end: '2022-01-26' });
  });
  it('rounds zoomed windows to about a thousandth of their span', () => {
    expect(formatWindow({ start: '2021-12-03T04:12:33.123Z', end: '2022-02-17T19:40:02.999Z' })).toEqual({
      start: '2021-12-03T04:00Z',
      end: '2022-02-17T20:00Z',
    });
    expect(formatWindow({ start: '2022-01-10T09:30:00.000Z', end: '2022-01-10T09:31:00.000Z' })).toEqual({
      start: '2022-01-10T09:30Z',
      end: '2022-01-10T09:31Z',
    });
  });
  it('refuses empty and reversed windows', () => {
    expect(formatWindow({ start: '2022-01-10', end: '2022-01-10' })).toBeNull();
    expect(formatWindow({ start: '2022', end: 'never' })).toBeNull();
  });
  it('round-trips any day-aligned window exactly', () => {
    const day = fc.integer({ min: -200_000, max: 200_000 }).map((d) => isoDay(new Date(d * 86_400_000)));
    fc.assert(
      fc.property(day, day, (a, b) => {
        fc.pre(a < b && !a.startsWith('-') && !b.startsWith('-'));
        const text = formatWindow({ start: a, end: b })!;
        const back = parseWindow(text.start, text.end);
        expect(back).toEqual({ ok: true, window: { start: a, end: b } });
      }),
    );
  });
});
