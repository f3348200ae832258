import { describe, expect, it } from 'vitest';
import { dayMention, expectMention, only, tag } from './support';

/** Wednesday 15 March 2023. */
const REF = '2023-03-15';

describe('nth weekday parser', () => {
  it('reads a weekday counted in a month as that day, the year by tense as for a month-day', () => {
    expectMention(only('The anniversary falls on the third Sunday in May.', REF), dayMention('the third Sunday in May', 25, '2023-05-21', '2023-05-22', { rule: 'nth-weekday', anchoring: 'relative' }));
    expect(only('The primary was held on the first Tuesday of March.', REF)).toMatchObject({ text: 'the first Tuesday of March', value: '2023-03-07' });
    expect(only('The race is run on the last Monday of May 2024.', REF)).toMatchObject({ text: 'the last Monday of May 2024', value: '2024-05-27', anchoring: 'absolute' });
    expect(only('The board met on the second Tuesday in November.', REF)).toMatchObject({ value: '2022-11-08' });
  });

  it('gives Thanksgiving its day when it is spelled out', () => {
    expect(tag('Thanksgiving is the fourth Thursday in November.', REF).map((m) => [m.text, m.value])).toEqual([
      ['Thanksgiving', '2023-11-23'],
      ['the fourth Thursday in November', '2023-11-23'],
    ]);
  });

  it('names no day for a fifth weekday the month does not have', () => {
    expect(tag('The fifth Monday in February is rare.', REF).map((m) => m.rule)).not.toContain('nth-weekday');
  });

  it('reads a weekend counted in a month as the weekend of its nth Saturday, not last weekend', () => {
    expect(tag('The last weekend of January saw heavy snow.', '2022-01-15').map((m) => [m.text, m.value, m.precision, m.interval])).toEqual([
      ['The last weekend of January', '2022-W04-WE', 'week', { start: '2022-01-29', end: '2022-01-31' }],
    ]);
    // 1 May 2022 is a Sunday: the first weekend in May is the first with its Saturday in May.
    expect(only('The first weekend in May 2022 will be busy.', REF)).toMatchObject({ value: '2022-W18-WE', interval: { start: '2022-05-07', end: '2022-05-09' }, anchoring: 'absolute' });
  });
});

