import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['The Founding Act was signed in 1997.', '2022-01-15', { text: '1997', start: 31, type: 'DATE', value: '1997', precision: 'year', interval: ['1997-01-01', '1998-01-01'], anchoring: 'absolute', approximate: false, rule: 'bare-year' }],
  ['the 1997 Founding Act', '2022-02-02', { text: '1997', start: 4, type: 'DATE', value: '1997', precision: 'year', interval: ['1997-01-01', '1998-01-01'], anchoring: 'absolute' }],
  ['Astana in 2010 was the venue', '2022-01-29', { text: '2010', start: 10, type: 'DATE', value: '2010', precision: 'year', interval: ['2010-01-01', '2011-01-01'] }],
  ['by 2030 the plan ends', '2022-01-11', { text: '2030', start: 3, type: 'DATE', value: '2030', precision: 'year', interval: ['2030-01-01', '2031-01-01'] }],
  ['fiscal 1989 results', '1989-11-01', { text: 'fiscal 1989', start: 0, type: 'DATE', value: '1989', precision: 'year', interval: ['1989-01-01', '1990-01-01'], approximate: false }],
  ['FY2024 guidance is due.', '2023-06-01', { text: 'FY2024', start: 0, type: 'DATE', value: '2024', precision: 'year', interval: ['2024-01-01', '2025-01-01'], approximate: false }],
  ['prices rose in early 1990', '1990-08-15', { text: 'early 1990', start: 15, type: 'DATE', value: '1990', precision: 'year', interval: ['1990-01-01', '1991-01-01'], approximate: true }],
  ['by the end of 1990 troops', '1990-08-15', { text: 'the end of 1990', start: 3, type: 'DATE', value: '1990', precision: 'year', interval: ['1990-01-01', '1991-01-01'], approximate: true }],
  // An open end is part of the year; "and later" before a verb belongs to the next clause.
  ['profitable only in 1994 or later.', '1989-10-30', { text: '1994 or later', start: 19, type: 'DATE', value: '1994', precision: 'year', interval: ['1994-01-01', '1995-01-01'], approximate: true }],
  ['sold in 1984 and later.', '1998-04-18', { text: '1984 and later', start: 8, type: 'DATE', value: '1984', precision: 'year', interval: ['1984-01-01', '1985-01-01'], approximate: true }],
  ['He joined in 1984 and later served at NASA.', '1998-04-18', { text: '1984', start: 13, type: 'DATE', value: '1984', precision: 'year', interval: ['1984-01-01', '1985-01-01'], approximate: false }],
  // A "pre-"/"post-" era is named by the year it is counted from.
  ['but the post-1959 politics have split families', '2000-02-24', { text: 'post-1959', start: 8, type: 'DATE', value: '1959', precision: 'year', interval: ['1959-01-01', '1960-01-01'], approximate: true, rule: 'bare-year' }],
  ['a return to pre-1990 borders', '1998-01-11', { text: 'pre-1990', start: 12, type: 'DATE', value: '1990', precision: 'year', interval: ['1990-01-01', '1991-01-01'], approximate: true, rule: 'bare-year' }],
  // A year before a plural stays a year after an article, a possessive or a preposition, and as a subject.
  ['The 1997 elections were close.', '2022-01-11', { text: '1997', start: 4, type: 'DATE', value: '1997', precision: 'year', interval: ['1997-01-01', '1998-01-01'] }],
  ['In 2008 prices fell.', '2022-01-11', { text: '2008', start: 3, type: 'DATE', value: '2008', precision: 'year', interval: ['2008-01-01', '2009-01-01'] }],
  ['2024 marks the anniversary.', '2022-01-11', { text: '2024', start: 0, type: 'DATE', value: '2024', precision: 'year', interval: ['2024-01-01', '2025-01-01'] }],
  ['It began in 1648 in Europe', '2022-01-11', { text: '1648', start: 12, type: 'DATE', value: '1648', precision: 'year', interval: ['1648-01-01', '1649-01-01'] }],
  ['He arrived in 1995ish, they say.', '2022-01-15', { text: '1995ish', start: 14, type: 'DATE', value: '1995', precision: 'year', interval: ['1995-01-01', '1996-01-01'], approximate: true, rule: 'bare-year' }],
];

describe('bare-year parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('survives chrono\'s filter of digit-only results (the text is only "1997")', () => {
    expect(tag('1997', '2022-01-11').map((m) => [m.text, m.value])).toEqual([['1997', '1997']]);
  });

  it.each([
    ['1,000 kilometers eastward'],
    ['around 1,700 of its nationals were killed'],
    ['2000 people marched'],
    ['$2010 was paid'],
    ['a 2010% rise'],
    ['version 2010.1 shipped'],
    ['call 555-2012 today'],
    ['1500 troops arrived'],
    ['some 2000 soldiers'],
    ['a force of 2000 troops'],
    ['room 1648 is empty'],
    ['item 12345 sold'],
    ['a pre-tax charge of $2000'],
    ['post 1500 troops'],
    ['a prepost-1990 token'],
    ['the post-19590 code'],
  ])('does not read a year in "%s"', (sentence) => {
    expect(tag(sentence, '2022-01-11').filter((m) => m.rule === 'bare-year')).toEqual([]);
  });
});

describe('bare-year parser: a clause after the year', () => {
  it('leaves "October 1984" whole when "and later" starts the next clause', () => {
    expect(tag('aboard the Challenger in October 1984 and later served as administrator', '1998-04-18').map((m) => [m.text, m.value])).toEqual([['October 1984', '1984-10']]);
  });
});
