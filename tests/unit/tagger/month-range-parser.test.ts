import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['Sales rose from January through June.', '2022-01-29', { text: 'January through June', start: 16, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-07-01'], anchoring: 'relative', rule: 'month-range' }],
  ['Exports grew from January to June.', '2022-01-29', { text: 'January to June', start: 18, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-07-01'], anchoring: 'relative', rule: 'month-range' }],
  ['Prices rose January–June 2022.', '2022-01-29', { text: 'January–June 2022', start: 12, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-07-01'], anchoring: 'absolute', rule: 'month-range' }],
  ['Snow fell between November and February 2022.', '2022-05-02', { text: 'November and February 2022', start: 18, type: 'DATE', value: '2021-11', precision: 'month', interval: ['2021-11-01', '2022-03-01'], anchoring: 'absolute', rule: 'month-range' }],
];

describe('month-range parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves two months joined by a bare "and" as two mentions', () => {
    expect(tag('They met in May and June.', '2022-01-29').map((m) => m.rule)).not.toContain('month-range');
  });

  it('leaves "from January to June 30" to the day parsers', () => {
    expect(tag('from January to June 30', '2022-01-29').map((m) => m.text)).toEqual(['January', 'June 30']);
  });
});
