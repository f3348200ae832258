import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['talks resumed in late November', '2022-01-11', { text: 'late November', start: 17, type: 'DATE', value: '2021-11', precision: 'month', interval: ['2021-11-01', '2021-12-01'], approximate: true, anchoring: 'relative', rule: 'month-part' }],
  ['early January', '2022-01-11', { text: 'early January', start: 0, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-02-01'], approximate: true }],
  ['mid-March 2020', '2022-01-11', { text: 'mid-March 2020', start: 0, type: 'DATE', value: '2020-03', precision: 'month', interval: ['2020-03-01', '2020-04-01'], anchoring: 'absolute' }],
];

describe('month-part parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('ignores lower-case "may" and "march" (verbs)', () => {
    expect(tag('late may go; troops march on', '2022-01-11')).toEqual([]);
  });
});
