import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '2023-02-10';
const rows: Row[] = [
  ['By May the fighting had stopped.', R, { text: 'May', start: 3, type: 'DATE', value: '2022-05', precision: 'month', interval: ['2022-05-01', '2022-06-01'], anchoring: 'relative', rule: 'may-month' }],
  ['The offer stands until May and then expires.', R, { text: 'May', start: 23, type: 'DATE', value: '2023-05', precision: 'month', interval: ['2023-05-01', '2023-06-01'], rule: 'may-month' }],
  ['Talks will run through May.', R, { text: 'May', start: 23, type: 'DATE', value: '2023-05', precision: 'month', interval: ['2023-05-01', '2023-06-01'] }],
  ['Prices have risen since May, officials said.', R, { text: 'May', start: 24, type: 'DATE', value: '2022-05', precision: 'month', interval: ['2022-05-01', '2022-06-01'] }],
];

describe('"May" the month after a preposition of time', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves May the person and may the modal', () => {
    for (const sentence of ['Since May took office, prices rose.', 'Before May resigned, she spoke.', 'Voters turned against May when she failed.', 'By may the votes be counted.'])
      expect(tag(sentence, R).map((m) => m.text), sentence).toEqual([]);
  });
});
