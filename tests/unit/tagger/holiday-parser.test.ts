import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const day = (text: string, start: number, date: string, next: string, anchoring: 'absolute' | 'relative' = 'relative') =>
  ({ text, start, type: 'DATE' as const, value: date, precision: 'day' as const, interval: [date, next] as [string, string], anchoring, rule: 'holiday' });

const rows: Row[] = [
  // "until" a holiday looks ahead unless the sentence is past (Friday 14 April 2000)
  ['The strike could last until Christmas.', '2000-04-14', day('Christmas', 28, '2000-12-25', '2000-12-26')],
  ['The strike lasted until Christmas.', '2000-04-14', day('Christmas', 24, '1999-12-25', '1999-12-26')],
  ['They met on Thanksgiving Day.', '1999-11-28', day('Thanksgiving Day', 12, '1999-11-25', '1999-11-26')],
  ['It has grown since last Thanksgiving.', '1999-11-20', day('last Thanksgiving', 19, '1998-11-26', '1998-11-27')],
  ['He will return for Christmas.', '1999-11-28', day('Christmas', 19, '1999-12-25', '1999-12-26')],
  ['Voters turned out on Election Day 1998.', '1999-01-05', day('Election Day 1998', 21, '1998-11-03', '1998-11-04', 'absolute')],
  ['Easter 2000 fell late.', '1999-01-05', day('Easter 2000', 0, '2000-04-23', '2000-04-24', 'absolute')],
  // Two days before Easter and the day after (was "Friday" alone: the Friday nearest the reference).
  ['The accord was signed on Good Friday 1998.', '2023-06-15', day('Good Friday 1998', 25, '1998-04-10', '1998-04-11', 'absolute')],
  ['Shops close on Easter Monday.', '2023-06-15', day('Easter Monday', 15, '2024-04-01', '2024-04-02', 'relative')],
  // The week a holiday falls in is the ISO week (Monday to Sunday) holding it.
  ['Protesters prayed as Easter week began.', '2000-04-17', { text: 'Easter week', start: 21, type: 'DATE', value: '2000-W16', precision: 'week', interval: ['2000-04-17', '2000-04-24'], anchoring: 'relative', rule: 'holiday' }],
  // A holiday's weekend is the nearest one: before a Monday holiday, after a Thursday one.
  ['Traffic was heavy over Labor Day weekend.', '2000-04-14', { text: 'Labor Day weekend', start: 23, type: 'DATE', value: '1999-W35-WE', precision: 'week', interval: ['1999-09-04', '1999-09-06'], anchoring: 'relative', rule: 'holiday' }],
  ['Sales rose over Thanksgiving weekend 1998.', '2000-04-14', { text: 'Thanksgiving weekend 1998', start: 16, type: 'DATE', value: '1998-W48-WE', precision: 'week', interval: ['1998-11-28', '1998-11-30'], anchoring: 'absolute' }],
  ['Thanksgiving week 1998 was busy.', '2000-04-17', { text: 'Thanksgiving week 1998', start: 0, type: 'DATE', value: '1998-W48', precision: 'week', interval: ['1998-11-23', '1998-11-30'], anchoring: 'absolute' }],
  ['Fireworks lit New Year\'s Eve.', '2022-01-11', day("New Year's Eve", 14, '2021-12-31', '2022-01-01')],
];

describe('holiday parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('reads no holiday in names that only contain the word', () => {
    expect(tag('the Christmastime rush and Eastern Europe', '2022-01-11').filter((m) => m.rule === 'holiday')).toEqual([]);
    expect(tag('a Labor Day weekender of a party', '2022-01-11').filter((m) => /weekend/.test(m.text))).toEqual([]);
  });
});
