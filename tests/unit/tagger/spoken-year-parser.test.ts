import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '1998-03-01';
const y = (text: string, start: number, value: string) =>
  ({ text, start, type: 'DATE', value, precision: 'year', interval: [`${value}-01-01`, `${Number(value) + 1}-01-01`], anchoring: 'absolute', rule: 'spoken-year' }) as Row[2];
const rows: Row[] = [
  ['In nineteen ninety-one Keating was convicted.', R, y('nineteen ninety-one', 3, '1991')],
  ['by the year two thousand', R, y('the year two thousand', 3, '2000')],
  ['in nineteen seventy-nine', R, y('nineteen seventy-nine', 3, '1979')],
  // A month or season before a spoken year is dated by it.
  ['One person is killed. January nineteen ninety-seven. Atlanta again.', R, { text: 'January nineteen ninety-seven', start: 22, type: 'DATE', value: '1997-01', precision: 'month', interval: ['1997-01-01', '1997-02-01'], anchoring: 'absolute', rule: 'spoken-year' }],
  ['the level we saw in the winter of nineteen ninety-four', R, { text: 'the winter of nineteen ninety-four', start: 20, type: 'DATE', value: '1994-WI', precision: 'season', interval: ['1994-12-01', '1995-03-01'], anchoring: 'absolute', rule: 'spoken-year' }],
];

describe('spoken-year parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('does not read "two thousand people" as a year', () => {
    expect(tag('two thousand people', R)).toEqual([]);
  });

  it('reads no month in the verb "may" before a spoken year', () => {
    expect(tag('prices may nineteen ninety-one', R).map((m) => m.text)).toEqual(['nineteen ninety-one']);
  });
});
