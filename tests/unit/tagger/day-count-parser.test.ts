import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, tag, type Expected, type Row } from './support';

const R = '1990-08-15';
const day = (text: string, start: number): Expected => ({
  text, start, type: 'DATE', value: '1990-08-15', precision: 'day', interval: ['1990-08-15', '1990-08-16'], anchoring: 'relative', rule: 'day-count',
});
const rows: Row[] = [
  ['In Saudi Arabia, today is the eighth day of Desert Shield, the operation.', R, day('the eighth day', 26)],
  ['More gunfire in Kosovo. It\'s the second day of an offensive by the security forces.', R, day('the second day', 29)],
  ['It is the 12th straight day of protests in the capital.', R, day('the 12th straight day', 6)],
  ['This is the first day in office for the new governor.', R, day('the first day', 8)],
];

describe('day-count parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));

  it.each([
    ['Monday was the third day of the strike.', [['Monday', '1990-08-13']]],
    ['On the second day of the trial, he spoke.', []],
    ['Its second day of trading was calm.', []],
    ['It was the second day of the strike.', []],
  ])('counts no present day in "%s"', (sentence, expected) => {
    expect(tag(sentence, R).map((m) => [m.text, m.value])).toEqual(expected);
  });
});
