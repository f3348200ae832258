import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  // Were intervals of the first day alone: the timeline drew a six-day festival as one day.
  ['The festival runs from 20 to 25 June.', '2023-06-15', { text: '20 to 25 June', start: 23, type: 'DATE', value: '2023-06-20', precision: 'day', interval: ['2023-06-20', '2023-06-26'] }],
  ['The summit took place 20-25 June 2021.', '2023-06-15', { text: '20-25 June 2021', start: 22, type: 'DATE', value: '2021-06-20', precision: 'day', interval: ['2021-06-20', '2021-06-26'], anchoring: 'absolute' }],
  // Moved by tense as a whole: said in August, a past June's range is this year's.
  ['The festival ran from 20 to 25 June.', '2023-08-15', { text: '20 to 25 June', start: 22, type: 'DATE', value: '2023-06-20', precision: 'day', interval: ['2023-06-20', '2023-06-26'] }],
  ['The festival ran from 20 to 25 December.', '2023-08-15', { text: '20 to 25 December', start: 22, type: 'DATE', value: '2022-12-20', precision: 'day', interval: ['2022-12-20', '2022-12-26'] }],
];

describe('day-range refiner', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves a clock range one day, and two dates written apart two days', () => {
    expect(tag('The shop is open from 9am to 5pm on Monday.', '2023-06-15').map((m) => [m.text, m.interval])).toEqual([
      ['9am to 5pm on Monday', { start: '2023-06-19', end: '2023-06-20' }],
    ]);
    expect(tag('The festival ran from June 20 to June 25.', '2023-07-15').map((m) => [m.text, m.interval])).toEqual([
      ['June 20', { start: '2023-06-20', end: '2023-06-21' }],
      ['June 25', { start: '2023-06-25', end: '2023-06-26' }],
    ]);
  });
});
