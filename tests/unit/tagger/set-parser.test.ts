import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '2022-01-11';
const s = (text: string, start: number, value: string) =>
  ({ text, start, type: 'SET', value, precision: null, interval: null, anchoring: 'none', rule: 'set' }) as const;
const rows: Row[] = [
  ['they meet every week', R, s('every week', 10, 'P1W')],
  ['published daily', R, s('daily', 10, 'P1D')],
  ['Dividends are paid quarterly.', R, s('quarterly', 19, 'P3M')],
  ['twice a year', R, s('twice a year', 0, 'P1Y')],
  ['every Monday', R, s('every Monday', 0, 'XXXX-WXX-1')],
  ['every other week', R, s('every other week', 0, 'P2W')],
  ['meetings are held every two weeks', R, s('every two weeks', 18, 'P2W')],
  ['buses run every 6 hours', R, s('every 6 hours', 10, 'PT6H')],
  ['published weekly', R, s('weekly', 10, 'P1W')],
  ['Orangemen march each July', R, s('each July', 16, 'XXXX-07')],
  // A weekday in the plural recurs.
  ['Shops close on Sundays.', R, s('Sundays', 15, 'XXXX-WXX-7')],
  ['flights leave Bombay on Tuesday nights', R, s('Tuesday nights', 24, 'XXXX-WXX-2TNI')],
  ['He works Saturday mornings.', R, s('Saturday mornings', 9, 'XXXX-WXX-6TMO')],
  ['The magazine appears every fortnight.', R, s('every fortnight', 21, 'P2W')],
  ['The magazine appears fortnightly.', R, s('fortnightly', 21, 'P2W')],
];

describe('set parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('does not read a price per unit as a set ("$5 a share")', () => {
    expect(tag('$5 a share', R)).toEqual([]);
  });
});

describe('set parser: a rate', () => {
  it('reads "a <unit>" after a quantity as the unit of a rate', () => {
    expect(tag('The plant produces 5,000 cars a year.', R).map((m) => [m.text, m.type, m.value, m.rule])).toEqual([['a year', 'SET', 'P1Y', 'set']]);
    expect(tag('Prices rose 3% a month.', R).map((m) => [m.text, m.type, m.value])).toEqual([['a month', 'SET', 'P1M']]);
    expect(tag('Over fifty thousand CDs a year are sold.', R).map((m) => [m.text, m.type, m.value])).toEqual([['a year', 'SET', 'P1Y']]);
  });

  it('keeps "a year" a duration after a preposition, after an amount of time, and before an offset word', () => {
    expect(tag('It sold 300 units in a year.', R).map((m) => [m.text, m.type])).toEqual([['a year', 'DURATION']]);
    expect(tag('He was jailed for 5 years a year after the war.', R).map((m) => [m.text, m.type])).toEqual([['5 years', 'DURATION']]);
    expect(tag('In a year, everything changed.', R).map((m) => [m.text, m.type])).toEqual([['a year', 'DURATION']]);
  });

  it('leaves money a year to the price filter, as "$5 a share"', () => {
    expect(tag('Unisys said that should help it save $500 million a year in costs.', R)).toEqual([]);
    expect(tag('a dividend rate of $1.76 a year', R)).toEqual([]);
  });
});

describe('set parser: a newspaper is no SET', () => {
  it('reads "daily" before a name as a newspaper, before a weekday as a SET', () => {
    expect(tag('the Communist Party daily Granma said', '2000-01-28')).toEqual([]);
    expect(tag('She walks daily Monday to Friday', '2000-01-28').map((m) => m.rule)).toContain('set');
  });
});

describe('set parser: a single weekday is no SET', () => {
  it('leaves "Sunday\'s vote" and lower-case "mondays" alone', () => {
    expect(tag("Sunday's vote was close. The mondays are slow.", R).filter((m) => m.type === 'SET')).toEqual([]);
  });
});

describe('set parser: a weekday joined to a recurring one', () => {
  it('shares the recurrence and the part of the day: "Monday and Tuesday nights"', () => {
    expect(tag('Flights leave on Monday and Tuesday nights.', R).map((m) => [m.text, m.type, m.value])).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
  });

  it('leaves two single weekdays dates: "on Monday and Tuesday"', () => {
    expect(tag('They met on Monday and Tuesday.', R).map((m) => m.type)).toEqual(['DATE', 'DATE']);
  });
});
