import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['in the first half of 2021', '2022-01-11', { text: 'the first half of 2021', start: 3, type: 'DATE', value: '2021-H1', precision: 'half', interval: ['2021-01-01', '2021-07-01'], anchoring: 'absolute', rule: 'half' }],
  ['growth slowed in the second half', '2022-01-11', { text: 'the second half', start: 17, type: 'DATE', value: '2021-H2', precision: 'half', interval: ['2021-07-01', '2022-01-01'], anchoring: 'relative' }],
  ['through at least the first two quarters of 1990', '1989-11-01', { text: 'the first two quarters of 1990', start: 17, type: 'DATE', value: '1990-H1', precision: 'half', interval: ['1990-01-01', '1990-07-01'], anchoring: 'absolute', rule: 'half' }],
  ['sales rose in the last two quarters of last year', '2022-01-11', { text: 'the last two quarters of last year', start: 14, type: 'DATE', value: '2021-H2', precision: 'half', interval: ['2021-07-01', '2022-01-01'], anchoring: 'relative', rule: 'half' }],
  ['the last half of 1989', '1990-01-11', { text: 'the last half of 1989', start: 0, type: 'DATE', value: '1989-H2', precision: 'half', interval: ['1989-07-01', '1990-01-01'] }],
  // "the year's second half" is "the second half" said with a possessive: one mention, placed by tense.
  ["Results for the year's second half were weak.", '2000-04-12', { text: "the year's second half", start: 12, type: 'DATE', value: '1999-H2', precision: 'half', interval: ['1999-07-01', '2000-01-01'], rule: 'half' }],
  // An expectation in the present looks ahead: the coming second half, not last year's.
  ['The bank expects growth in the second half of the year.', '2000-04-12', { text: 'the second half of the year', start: 27, type: 'DATE', value: '2000-H2', precision: 'half', interval: ['2000-07-01', '2001-01-01'], rule: 'half' }],
];

describe('half parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('is not a half of a year in "the first half of the game"', () => {
    expect(tag('the first half of the game', '2022-01-11')).toEqual([]);
  });

  it('is not a half of a year in "the first two quarters of the game" or "two quarters"', () => {
    expect(tag('they led for the first two quarters of the game', '2022-01-11')).toEqual([]);
    expect(tag('profit fell for two quarters', '2022-01-11').map((t) => t.value)).toEqual(['P2Q']);
    expect(tag('sales rose in the last two quarters', '2022-01-11').map((t) => t.value)).toEqual(['P2Q']);
  });
});
