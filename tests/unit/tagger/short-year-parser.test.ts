import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ["In '98 he left the company.", '2000-04-14', { text: "'98", start: 3, type: 'DATE', value: '1998', precision: 'year', interval: ['1998-01-01', '1999-01-01'], anchoring: 'relative', rule: 'short-year' }],
  ["He has worked there since '05.", '2022-01-11', { text: "'05", start: 26, type: 'DATE', value: '2005', precision: 'year', interval: ['2005-01-01', '2006-01-01'] }],
  // a past sentence never reaches ahead of the reference, a future one may reach into the next century
  ['The firm was founded in ’05.', '2000-04-14', { text: '’05', start: 24, type: 'DATE', value: '1905', precision: 'year', interval: ['1905-01-01', '1906-01-01'] }],
  ["The old plant will close by '01, the union said.", '1999-06-02', { text: "'01", start: 28, type: 'DATE', value: '2001', precision: 'year', interval: ['2001-01-01', '2002-01-01'] }],
  ["Inflation has been low since mid-'98.", '2000-04-14', { text: "mid-'98", start: 29, type: 'DATE', value: '1998', precision: 'year', interval: ['1998-01-01', '1999-01-01'], approximate: true }],
  ['The plant will close by ’10, the company said.', '2000-04-14', { text: '’10', start: 24, type: 'DATE', value: '2010', precision: 'year', interval: ['2010-01-01', '2011-01-01'] }],
  ["He bought the '98 model.", '2000-04-14', { text: "'98", start: 14, type: 'DATE', value: '1998', precision: 'year', interval: ['1998-01-01', '1999-01-01'] }],
  ["\"We won it in '98,\" he said.", '2000-04-14', { text: "'98", start: 14, type: 'DATE', value: '1998', precision: 'year', interval: ['1998-01-01', '1999-01-01'] }],
  ["She graduated with the class of '05.", '2022-01-11', { text: "'05", start: 32, type: 'DATE', value: '2005', precision: 'year', interval: ['2005-01-01', '2006-01-01'] }],
  // read in 1989, '95 is six years ahead: the coming one, not 1895
  ["The plant will close by '95.", '1989-04-14', { text: "'95", start: 24, type: 'DATE', value: '1995', precision: 'year', interval: ['1995-01-01', '1996-01-01'] }],
];

describe('short-year parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('reads each end of a range', () => {
    expect(tag("From '95 to '98 the firm grew.", '2000-04-14').map((m) => [m.text, m.value])).toEqual([["'95", '1995'], ["'98", '1998']]);
    expect(tag("He served in '92-'96.", '2000-04-14').map((m) => [m.text, m.value])).toEqual([["'92", '1992'], ["'96", '1996']]);
  });

  it('leaves "the summer of \'98" and "the \'90s" to the season and decade rules', () => {
    expect(tag("In the summer of '98 he loved the '90s.", '2000-04-14').map((m) => m.rule)).toEqual(['season', 'decade']);
  });
});
