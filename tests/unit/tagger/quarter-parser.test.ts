import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, only, tag, type Row } from './support';

const rows: Row[] = [
  ['Profit fell in the third quarter.', '2022-01-11', { text: 'the third quarter', start: 15, type: 'DATE', value: '2021-Q3', precision: 'quarter', interval: ['2021-07-01', '2021-10-01'], anchoring: 'relative', rule: 'quarter' }],
  ['third-quarter profit rose', '1989-10-30', { text: 'third-quarter', start: 0, type: 'DATE', value: '1989-Q3', precision: 'quarter', interval: ['1989-07-01', '1989-10-01'] }],
  ['the fourth quarter of 2021', '2022-06-01', { text: 'the fourth quarter of 2021', start: 0, type: 'DATE', value: '2021-Q4', precision: 'quarter', interval: ['2021-10-01', '2022-01-01'], anchoring: 'absolute' }],
  ['sales in Q1 2022 rose', '2022-06-01', { text: 'Q1 2022', start: 9, type: 'DATE', value: '2022-Q1', precision: 'quarter', interval: ['2022-01-01', '2022-04-01'] }],
  ['last quarter was weak', '2022-01-11', { text: 'last quarter', start: 0, type: 'DATE', value: '2021-Q4', precision: 'quarter', interval: ['2021-10-01', '2022-01-01'] }],
  // Results for a quarter come out in the weeks after it ends: "the quarter" is the one reported.
  ['Revenue rose 4% in the quarter.', '1989-10-30', { text: 'the quarter', start: 19, type: 'DATE', value: '1989-Q3', precision: 'quarter', interval: ['1989-07-01', '1989-10-01'] }],
  ['in the year-earlier quarter', '1989-10-30', { text: 'the year-earlier quarter', start: 3, type: 'DATE', value: '1988-Q3', precision: 'quarter', interval: ['1988-07-01', '1988-10-01'] }],
  ['Savin Corp. reported a third-quarter net loss', '1989-10-30', { text: 'third-quarter', start: 23, type: 'DATE', value: '1989-Q3', precision: 'quarter', interval: ['1989-07-01', '1989-10-01'] }],
  // "a year ago" after a quarter moves that quarter one year back, as "year-earlier" before it does.
  ['For the quarter a year ago, it earned $16 million.', '1989-10-26', { text: 'the quarter a year ago', start: 4, type: 'DATE', value: '1988-Q3', precision: 'quarter', interval: ['1988-07-01', '1988-10-01'], rule: 'quarter' }],
  ['in the second quarter a year earlier', '1989-10-26', { text: 'the second quarter a year earlier', start: 3, type: 'DATE', value: '1988-Q2', precision: 'quarter', interval: ['1988-04-01', '1988-07-01'], rule: 'quarter' }],
  ["this year's third quarter", '1989-11-01', { text: "this year's third quarter", start: 0, type: 'DATE', value: '1989-Q3', precision: 'quarter', interval: ['1989-07-01', '1989-10-01'] }],
  // "of the year" and "the year's" belong to the quarter, which tense places as "the first quarter".
  ['Sales rose in the first quarter of the year.', '2000-04-12', { text: 'the first quarter of the year', start: 14, type: 'DATE', value: '2000-Q1', precision: 'quarter', interval: ['2000-01-01', '2000-04-01'], rule: 'quarter' }],
  ["Profits in the year's third quarter fell.", '2000-04-12', { text: "the year's third quarter", start: 11, type: 'DATE', value: '1999-Q3', precision: 'quarter', interval: ['1999-07-01', '1999-10-01'], rule: 'quarter' }],
  ['Sales rose in the third quarter of this fiscal year.', '2000-04-12', { text: 'the third quarter of this fiscal year', start: 14, type: 'DATE', value: '2000-Q3', precision: 'quarter', interval: ['2000-07-01', '2000-10-01'], rule: 'quarter' }],
  ['The index predicts a slowdown in the third quarter.', '2000-04-12', { text: 'the third quarter', start: 33, type: 'DATE', value: '2000-Q3', precision: 'quarter', interval: ['2000-07-01', '2000-10-01'], rule: 'quarter' }],
];

/** Rows whose sentence also holds the end day, a mention of its own. */
const endedRows: Row[] = [
  // "the quarter ended <day>": the calendar quarter that covers most of the three months to that day.
  ['In the quarter ended July 31, Jayark had 5.6 million shares.', '1989-10-30', { text: 'the quarter', start: 3, type: 'DATE', value: '1989-Q2', precision: 'quarter', interval: ['1989-04-01', '1989-07-01'], rule: 'quarter' }],
  ['for the quarter ended Oct. 1, it earned', '1989-10-30', { text: 'the quarter', start: 4, type: 'DATE', value: '1989-Q3', precision: 'quarter', interval: ['1989-07-01', '1989-10-01'], rule: 'quarter' }],
  ['for the quarter ended Jan. 31, it lost', '1989-03-15', { text: 'the quarter', start: 4, type: 'DATE', value: '1988-Q4', precision: 'quarter', interval: ['1988-10-01', '1989-01-01'], rule: 'quarter' }],
  ['the quarter ending Jan. 31, 1990 will be weak', '1989-10-30', { text: 'the quarter', start: 0, type: 'DATE', value: '1989-Q4', precision: 'quarter', interval: ['1989-10-01', '1990-01-01'], rule: 'quarter' }],
];

describe('quarter parser', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));
  it.each(endedRows)('%s (ref %s)', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));

  it('reads "the latest period" of a quarterly story, far from any other date word', () => {
    const text = 'It had a loss in the third quarter. In the third quarter, it was sold. The latest period had profit from continuing operations of $4 million.';
    expect(mentionOf(text, '1989-11-01', 'The latest period')).toMatchObject({ value: '1989-Q3', rule: 'quarter' });
  });

  it('reads "the year-ago period" of a story that names one quarter of the books', () => {
    const text = 'Esselte reported third-quarter net income fell 5.9% to $9.5 million from $10.1 million in the year-ago period.';
    expect(mentionOf(text, '1989-10-26', 'the year-ago period')).toMatchObject({ value: '1988-Q3', rule: 'quarter' });
  });

  it('reads a "period" named after a longer reporting period as that one: its year, or its length a year back', () => {
    const nine = 'Third-quarter net rose 5%. For the nine months, Norton had net of $81.2 million. In the year-earlier period, the company had net of $77.2 million.';
    expectMention(mentionOf(nine, '1989-10-27', 'the year-earlier period'), { text: 'the year-earlier period', start: 84, type: 'DURATION', value: 'P9M', precision: null, interval: null, rule: 'quarter' });
    const half = 'Third-quarter net rose. In the first half, net was $306 million, compared with a loss in the 1988 period.';
    expectMention(mentionOf(half, '1989-11-02', 'the 1988 period'), { text: 'the 1988 period', start: 89, type: 'DATE', value: '1988', precision: 'year', interval: ['1988-01-01', '1989-01-01'], rule: 'quarter' });
    // The quarter named last keeps the quarter.
    const quarter = 'For the nine months, net rose. Third-quarter net fell from $10.1 million in the year-ago period.';
    expect(mentionOf(quarter, '1989-10-26', 'the year-ago period')).toMatchObject({ value: '1988-Q3', rule: 'quarter' });
  });

  it('keeps a numbered quarter\'s own number before "ended" (fiscal quarters are numbered by the company)', () => {
    expect(mentionOf('In the third quarter ended July 31, it lost money.', '1989-10-30', 'the third quarter')).toMatchObject({ value: '1989-Q3' });
  });

  it('puts a numbered quarter that "ended" on a day still ahead of the reference in the year before', () => {
    const text = 'In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss.';
    expectMention(mentionOf(text, '1989-10-27', 'the second quarter'), { text: 'the second quarter', start: 36, type: 'DATE', value: '1988-Q2', precision: 'quarter', interval: ['1988-04-01', '1988-07-01'], rule: 'quarter' });
    expect(mentionOf('its fourth quarter ended Sept. 30 was weak', '1989-10-27', 'fourth quarter')).toMatchObject({ value: '1989-Q4' });
    expect(mentionOf('the second quarter ending Oct. 31 will be weak', '1989-10-27', 'the second quarter')).toMatchObject({ value: '1989-Q2' });
  });

  it('reads no end day from "the quarter ended" without a month and day', () => {
    expect(mentionOf('For the quarter ended yesterday, sales rose.', '1989-10-30', 'the quarter')).toMatchObject({ value: '1989-Q3' });
    expect(mentionOf('In the quarter ended in July, sales rose.', '1989-10-30', 'the quarter')).toMatchObject({ value: '1989-Q3' });
  });

  it('leaves "a year ago" alone when no quarter comes before it', () => {
    expect(tag('Profit rose from a year ago.', '1989-10-26').map((m) => [m.text, m.rule])).toEqual([['a year ago', 'ago']]);
  });

  it.each([['a quarter of the vote'], ['three quarters of voters'], ['the Latin Quarter of Paris'], ['a quarter-point cut']])(
    'is not a quarter of a year in "%s"',
    (sentence) => expect(tag(sentence, '2022-01-11').filter((m) => m.rule === 'quarter')).toEqual([]),
  );
});
