import { describe, expect, it } from 'vitest';
import { countNotationDifferences, notationDifference } from '../../../bench/tempeval/notation';
import type { GoldTimex, Timex, TimemlDocument } from '../../../bench/tempeval/timex';

describe('notationDifference (one time written in AQUAINT-only and in TimeBank notation)', () => {
  it.each([
    ['1968-XX', '1968', 'year as YYYY-XX'],
    ['199X', '199', 'decade as 199X'],
    ['1999-10-07', '1999-10-07TMO', 'day without its part of day'],
    ['2000-04-16', '2000-04-16TNI', 'day without its part of day'],
    // 1999-W02 is 11–17 January; 1998-W49 is 30 November – 6 December, its Thursday in December.
    ['1999-01', '1999-W02', 'week as its month'],
    ['1998-12-XX', '1998-W49', 'week as its month'],
    // 2004-W53 runs into 2005; its Thursday, 30 December, is in 2004.
    ['2004-12', '2004-W53', 'week as its month'],
  ])('gold %s, ours %s: %s', (gold, ours, kind) => {
    expect(notationDifference(gold, ours)).toBe(kind);
  });

  it.each([
    // Different times, not different notations.
    ['1968-XX', '1969'],
    ['199X', '198'],
    ['1999-10-07', '1999-10-08TMO'],
    ['1999-10-07', '1999-10-07T09:00'],
    ['1998-11', '1998-W49'],
    ['2000-W07', '2000-W05'],
    ['1999-01', '1999-W05'],
    // The TimeBank notation on the gold side is no AQUAINT-only notation.
    ['1968', '1968-XX'],
    ['1999-10-07TMO', '1999-10-07'],
    ['1999-W02', '1999-01'],
    ['PRESENT_REF', 'PRESENT_REF'],
  ])('gold %s, ours %s: none', (gold, ours) => {
    expect(notationDifference(gold, ours)).toBeNull();
  });
});

describe('countNotationDifferences', () => {
  const timex = (start: number, text: string, value: string): Timex => ({ start, end: start + text.length, text, type: 'DATE', value });
  const gold = (start: number, text: string, value: string, tid: string): GoldTimex => ({ ...timex(start, text, value), tid });

  it('counts paired timexes by kind; equal values, other differences and unpaired timexes are not counted', () => {
    const doc: TimemlDocument = {
      id: 'd',
      dct: '1999-02-10',
      text: 'In 1968 and on Thursday morning, last week, Monday.',
      timexes: [gold(3, '1968', '1968-XX', 't1'), gold(15, 'Thursday morning', '1999-02-04', 't2'), gold(33, 'last week', '1999-W05', 't3'), gold(44, 'Monday', '1999-02-08', 't4')],
    };
    const ours = [timex(3, '1968', '1968'), timex(15, 'Thursday morning', '1999-02-04TMO'), timex(33, 'last week', '1999-W05'), timex(44, 'Monday', '1999-02-01')];
    expect(Object.fromEntries(countNotationDifferences([doc], [ours]))).toEqual({
      'year as YYYY-XX': 1,
      'decade as 199X': 0,
      'day without its part of day': 1,
      'week as its month': 0,
    });
  });
});
