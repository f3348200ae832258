import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  // A full month name leaves the sentence's period outside; an abbreviation keeps its own.
  ['The talks are set to resume in mid-May.', '2000-04-14', { text: 'mid-May', start: 31, type: 'DATE', value: '2000-05', precision: 'month', interval: ['2000-05-01', '2000-06-01'], approximate: true, rule: 'month-part' }],
  ['He will step down at the end of June.', '2000-04-14', { text: 'the end of June', start: 21, type: 'DATE', value: '2000-06', precision: 'month', interval: ['2000-06-01', '2000-07-01'] }],
  ['It ended in mid-Sept. The talks failed.', '2000-04-14', { text: 'mid-Sept.', start: 12, type: 'DATE', value: '1999-09', precision: 'month', interval: ['1999-09-01', '1999-10-01'] }],
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
