import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['since the 1990s NATO grew', '2021-12-29', { text: 'the 1990s', start: 6, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'], approximate: false, anchoring: 'absolute', rule: 'decade' }],
  ['the late 1990s', '2022-01-11', { text: 'the late 1990s', start: 0, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'], approximate: true }],
  ['the mid-1980s', '2022-01-11', { text: 'the mid-1980s', start: 0, type: 'DATE', value: '198', precision: 'decade', interval: ['1980-01-01', '1990-01-01'], approximate: true }],
  ["in the '90s", '2022-01-11', { text: "the '90s", start: 3, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'], anchoring: 'relative' }],
  ["in the '90s", '1989-06-01', { text: "the '90s", start: 3, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'] }],
  // Without an apostrophe only "the early/late" two-digit decades are dates.
  ['Back in the late 80s it was different.', '2000-04-14', { text: 'the late 80s', start: 8, type: 'DATE', value: '198', precision: 'decade', interval: ['1980-01-01', '1990-01-01'], approximate: true, anchoring: 'relative', rule: 'decade' }],
  ['the nineties', '2022-01-11', { text: 'the nineties', start: 0, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'] }],
  ['It was popular in the 1990s-ish.', '2022-01-15', { text: 'the 1990s-ish', start: 18, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'], approximate: true, rule: 'decade' }],
];

describe('decade parser', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('does not read an age as a decade', () => {
    expect(tag('a man in his forties', '2022-01-11')).toEqual([]);
  });
});
