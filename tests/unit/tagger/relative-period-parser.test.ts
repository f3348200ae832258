import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, tag, type Row } from './support';

const R = '2022-01-11';
const rows: Row[] = [
  ['this week', R, { text: 'this week', start: 0, type: 'DATE', value: '2022-W02', precision: 'week', interval: ['2022-01-10', '2022-01-17'], anchoring: 'relative', rule: 'relative-period' }],
  ['last week', R, { text: 'last week', start: 0, type: 'DATE', value: '2022-W01', precision: 'week', interval: ['2022-01-03', '2022-01-10'] }],
  ['next week', R, { text: 'next week', start: 0, type: 'DATE', value: '2022-W03', precision: 'week', interval: ['2022-01-17', '2022-01-24'] }],
  // "the last week", "the past week": the seven days up to the reference, the ISO week of their middle day.
  ['He has been in Bethesda for the last week, she said.', '2000-04-14', { text: 'the last week', start: 28, type: 'DATE', value: '2000-W15', precision: 'week', interval: ['2000-04-10', '2000-04-17'] }],
  ['Prices rose over the past week.', '2000-04-10', { text: 'the past week', start: 17, type: 'DATE', value: '2000-W14', precision: 'week', interval: ['2000-04-03', '2000-04-10'] }],
  ['Officials said last week that it was over.', '2000-04-14', { text: 'last week', start: 15, type: 'DATE', value: '2000-W14', precision: 'week', interval: ['2000-04-03', '2000-04-10'] }],
  ['last weekend', R, { text: 'last weekend', start: 0, type: 'DATE', value: '2022-W01-WE', precision: 'week', interval: ['2022-01-08', '2022-01-10'] }],
  ['this month', R, { text: 'this month', start: 0, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-02-01'] }],
  ['last month', R, { text: 'last month', start: 0, type: 'DATE', value: '2021-12', precision: 'month', interval: ['2021-12-01', '2022-01-01'] }],
  ['earlier this month', R, { text: 'earlier this month', start: 0, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-02-01'], approximate: true }],
  ['last year', R, { text: 'last year', start: 0, type: 'DATE', value: '2021', precision: 'year', interval: ['2021-01-01', '2022-01-01'] }],
  ['this year', R, { text: 'this year', start: 0, type: 'DATE', value: '2022', precision: 'year', interval: ['2022-01-01', '2023-01-01'] }],
  ['early next year', R, { text: 'early next year', start: 0, type: 'DATE', value: '2023', precision: 'year', interval: ['2023-01-01', '2024-01-01'], approximate: true }],
  ['over the past year', R, { text: 'the past year', start: 5, type: 'DATE', value: '2021', precision: 'year', interval: ['2021-01-01', '2022-01-01'] }],
  ['this decade', R, { text: 'this decade', start: 0, type: 'DATE', value: '202', precision: 'decade', interval: ['2020-01-01', '2030-01-01'] }],
  ['routine over the past decade', R, { text: 'the past decade', start: 13, type: 'DURATION', value: 'P10Y', precision: null, interval: null }],
  ['by year-end', R, { text: 'year-end', start: 3, type: 'DATE', value: '2022', precision: 'year', interval: ['2022-01-01', '2023-01-01'], approximate: true }],
  ['sales for the full year', R, { text: 'the full year', start: 10, type: 'DATE', value: '2022', precision: 'year', interval: ['2022-01-01', '2023-01-01'] }],
  ['the stock rose to a high for the year of $42.875 a share', '1989-10-30', { text: 'the year', start: 29, type: 'DATE', value: '1989', precision: 'year', interval: ['1989-01-01', '1990-01-01'] }],
  ['For the year ended Sept. 30, it earned', R, { text: 'the year', start: 4, type: 'DURATION', value: 'P1Y', precision: null, interval: null }],
  // Monday 30 October 1989: "over the weekend" is 28–29 October, "ahead of the weekend" 4–5 November.
  ['Over the weekend, McCaw continued to call', '1989-10-30', { text: 'the weekend', start: 5, type: 'DATE', value: '1989-W43-WE', precision: 'week', interval: ['1989-10-28', '1989-10-30'] }],
  ['traders squared positions ahead of the weekend', '1989-10-30', { text: 'the weekend', start: 35, type: 'DATE', value: '1989-W44-WE', precision: 'week', interval: ['1989-11-04', '1989-11-06'] }],
  ['Week 52 ends the year', '2021-12-29', { text: 'the year', start: 13, type: 'DATE', value: '2021', precision: 'year', interval: ['2021-01-01', '2022-01-01'] }],
  ['The plant will close by the end of the decade.', '2000-04-14', { text: 'the end of the decade', start: 24, type: 'DATE', value: '200', precision: 'decade', interval: ['2000-01-01', '2010-01-01'], approximate: true, rule: 'relative-period' }],
  ['before the end of the century', '2000-04-14', { text: 'the end of the century', start: 7, type: 'DATE', value: '20', precision: 'century', interval: ['2000-01-01', '2100-01-01'], approximate: true }],
  // A past sentence means a decade whose part had begun before the reference year: in 2000 the end of the 1990s.
  ['Sales rose toward the end of the decade.', '2000-04-14', { text: 'the end of the decade', start: 18, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'], approximate: true, rule: 'relative-period' }],
  ['Prices fell in the second half of the decade, he said.', '2000-04-14', { text: 'the second half of the decade', start: 15, type: 'DATE', value: '199', precision: 'decade', interval: ['1990-01-01', '2000-01-01'], approximate: true }],
  ['Prices fell in the first half of the decade.', '2003-04-14', { text: 'the first half of the decade', start: 15, type: 'DATE', value: '200', precision: 'decade', interval: ['2000-01-01', '2010-01-01'], approximate: true }],
  ['The economy grew in the early part of the decade.', '1989-04-14', { text: 'the early part of the decade', start: 20, type: 'DATE', value: '198', precision: 'decade', interval: ['1980-01-01', '1990-01-01'], approximate: true }],
  // ... and a future one a decade whose part is still ahead: early in the 2010s, said in 2005.
  ['Prices will fall early in the decade.', '2005-04-14', { text: 'early in the decade', start: 17, type: 'DATE', value: '201', precision: 'decade', interval: ['2010-01-01', '2020-01-01'], approximate: true }],
  ['Prices fell at the end of the century.', '2000-04-14', { text: 'the end of the century', start: 15, type: 'DATE', value: '19', precision: 'century', interval: ['1900-01-01', '2000-01-01'], approximate: true }],
  ['Growth slowed in the first half of the month.', '2000-04-14', { text: 'the first half of the month', start: 17, type: 'DATE', value: '2000-04', precision: 'month', interval: ['2000-04-01', '2000-05-01'], approximate: true }],
  ['In the early part of the year, sales slipped.', '2000-04-14', { text: 'the early part of the year', start: 3, type: 'DATE', value: '2000', precision: 'year', interval: ['2000-01-01', '2001-01-01'], approximate: true }],
  ['in the latter part of next year', '2000-04-14', { text: 'the latter part of next year', start: 3, type: 'DATE', value: '2001', precision: 'year', interval: ['2001-01-01', '2002-01-01'], approximate: true }],
  ['Year-to-date sales rose 5%.', '2000-04-14', { text: 'Year-to-date', start: 0, type: 'DATE', value: '2000', precision: 'year', interval: ['2000-01-01', '2001-01-01'], approximate: true }],
  ['Analysts expect a rebound by mid-year.', '2000-04-14', { text: 'mid-year', start: 29, type: 'DATE', value: '2000', precision: 'year', interval: ['2000-01-01', '2001-01-01'], approximate: true, rule: 'relative-period' }],
  ['Profits fell the week before last.', '2000-04-14', { text: 'the week before last', start: 13, type: 'DATE', value: '2000-W13', precision: 'week', interval: ['2000-03-27', '2000-04-03'], approximate: false, rule: 'relative-period' }],
  ['The year before last was bad.', '2000-04-14', { text: 'The year before last', start: 0, type: 'DATE', value: '1998', precision: 'year', interval: ['1998-01-01', '1999-01-01'] }],
  ['He left the month before last.', '2000-04-14', { text: 'the month before last', start: 8, type: 'DATE', value: '2000-02', precision: 'month', interval: ['2000-02-01', '2000-03-01'] }],
  ['They met the weekend before last.', '2000-04-14', { text: 'the weekend before last', start: 9, type: 'DATE', value: '2000-W13-WE', precision: 'week', interval: ['2000-04-01', '2000-04-03'] }],
  ['The week after next, they will meet.', '2000-04-14', { text: 'The week after next', start: 0, type: 'DATE', value: '2000-W17', precision: 'week', interval: ['2000-04-24', '2000-05-01'], rule: 'relative-period' }],
  ['Sales rose 4% from the same period last year.', '2000-04-14', { text: 'the same period last year', start: 19, type: 'DATE', value: '1999', precision: 'year', interval: ['1999-01-01', '2000-01-01'], rule: 'relative-period' }],
  ['This time last year, prices were higher.', '2000-04-14', { text: 'This time last year', start: 0, type: 'DATE', value: '1999', precision: 'year', interval: ['1999-01-01', '2000-01-01'] }],
  ['up from the same time last year', '2000-04-14', { text: 'the same time last year', start: 8, type: 'DATE', value: '1999', precision: 'year', interval: ['1999-01-01', '2000-01-01'] }],
];

describe('relative-period parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));

  it('leaves periods anchored in the story to the anaphoric parser ("the following week", "the last year of his term")', () => {
    expect(tag('the following week', R).map((m) => m.rule)).toEqual(['anaphoric']);
    expect(tag('the last year of his term', R).filter((m) => m.rule === 'relative-period')).toEqual([]);
    expect(tag('the year of the dragon began', R)).toEqual([]);
    expect(tag('born in the year of 1848', R).filter((m) => m.rule === 'relative-period')).toEqual([]);
  });

  it('"before last" followed by a day or period belongs to that day, and "the same" only joins last year', () => {
    const texts = (s: string) => tag(s, '2000-04-14').map((m) => m.text);
    expect(texts('It happened the week before last Tuesday.')).not.toContain('the week before last');
    expect(texts('the month before last year')).not.toContain('the month before last');
    expect(texts('The same period last month was calm.')).toEqual(['last month']);
    expect(texts('the same period in 1999')).not.toContain('the same period');
  });
});
