import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['the war of 1918-1923 ended', '2022-01-11', { text: '1918-1923', start: 11, type: 'DATE', value: '1918', precision: 'year', interval: ['1918-01-01', '1924-01-01'], anchoring: 'absolute', rule: 'year-range' }],
  ['the 1990–91 season', '2022-01-11', { text: '1990–91', start: 4, type: 'DATE', value: '1990', precision: 'year', interval: ['1990-01-01', '1992-01-01'] }],
  ['The 1998/99 season was poor.', '2000-04-14', { text: '1998/99', start: 4, type: 'DATE', value: '1998', precision: 'year', interval: ['1998-01-01', '2000-01-01'], anchoring: 'absolute', rule: 'year-range' }],
  ['in fiscal 1998/1999', '2000-04-14', { text: '1998/1999', start: 10, type: 'DATE', value: '1998', precision: 'year', interval: ['1998-01-01', '2000-01-01'] }],
  ['from 2001 to 2005 he led', '2022-01-11', { text: '2001 to 2005', start: 5, type: 'DATE', value: '2001', precision: 'year', interval: ['2001-01-01', '2006-01-01'] }],
  ['between 2001 and 2005 he led', '2022-01-11', { text: '2001 and 2005', start: 8, type: 'DATE', value: '2001', precision: 'year', interval: ['2001-01-01', '2006-01-01'] }],
  ['He served two terms, from 1993 to 2001.', '2022-01-11', { text: '1993 to 2001', start: 26, type: 'DATE', value: '1993', precision: 'year', interval: ['1993-01-01', '2002-01-01'] }],
  // "-ish": about that span (the sample corpus's "(and also 1918-1923ish.)").
  ['(and also 1918-1923ish.)', '2022-02-02', { text: '1918-1923ish', start: 10, type: 'DATE', value: '1918', precision: 'year', interval: ['1918-01-01', '1924-01-01'], approximate: true, rule: 'year-range' }],
];

describe('year-range parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves "in 1997 and 1999" as two years', () => {
    expect(tag('in 1997 and 1999', '2022-01-11').map((m) => [m.text, m.value, m.rule])).toEqual([
      ['1997', '1997', 'bare-year'],
      ['1999', '1999', 'bare-year'],
    ]);
  });

  it('does not read a score or a backwards pair as a range', () => {
    expect(tag('won 2010-1990 at home', '2022-01-11').filter((m) => m.rule === 'year-range')).toEqual([]);
  });
});
