/**
 * What puts an open date ahead beyond its verb's tense: a state lasting until it, and a present
 * copula that schedules it (as predicate or as the subject opening its clause). Weekdays,
 * month-days and holidays read it alike.
 */
import { describe, expect, it } from 'vitest';
import { dayMention, expectMention, mentionOf, type Row } from './support';

const day = (text: string, start: number, date: string, next: string, rule?: string) => dayMention(text, start, date, next, rule ? { rule } : {});

const rows: Row[] = [
  // Friday 14 April 2000. A holiday as the subject of a present copula is the coming one ...
  ['Election Day is Nov. 7.', '2000-04-14', day('Election Day', 0, '2000-11-07', '2000-11-08', 'holiday')],
  ['Christmas falls on a Monday this year.', '2000-04-14', day('Christmas', 0, '2000-12-25', '2000-12-26', 'holiday')],
  ['"Christmas is on a Monday," she said.', '2000-04-14', day('Christmas', 1, '2000-12-25', '2000-12-26', 'holiday')],
  // ... and so is one as its predicate, like "the vote is Nov. 7".
  ['The deadline is Christmas Eve.', '2000-04-14', day('Christmas Eve', 16, '2000-12-24', '2000-12-25', 'holiday')],
  // A month-day as the subject, like "Monday is a holiday".
  ['Nov. 7 is Election Day.', '2000-04-14', day('Nov. 7', 0, '2000-11-07', '2000-11-08')],
  ['The vote falls on Nov. 7, officials said.', '2000-04-14', day('Nov. 7', 18, '2000-11-07', '2000-11-08')],
  // Wednesday 12 April 2000: "until" with no verb, or one we do not know, looks ahead for a weekday as for a holiday.
  ['Curfew until Friday.', '2000-04-12', day('Friday', 13, '2000-04-14', '2000-04-15')],
  ['The offer stands until Friday, the company says.', '2000-04-12', day('Friday', 23, '2000-04-14', '2000-04-15')],
  ['Curfew until Christmas.', '2000-04-12', day('Christmas', 13, '2000-12-25', '2000-12-26', 'holiday')],
  // Saturday 28 October 1989: a month a present copula schedules; "starting" a day puts it ahead.
  ["The company's annual meeting is in May.", '1989-10-28', { text: 'May', start: 35, type: 'DATE', value: '1990-05', precision: 'month', interval: ['1990-05-01', '1990-06-01'] }],
  ['The shares trade on the Big Board starting Monday.', '1989-10-28', day('Monday', 43, '1989-10-30', '1989-10-31')],
  // Tuesday 11 January 2022: "through" a day puts it ahead like "until".
  ['Tickets are on sale through Sunday.', '2022-01-11', day('Sunday', 28, '2022-01-16', '2022-01-17')],
  // Wednesday 12 April 2000: a deadline given for doing something is ahead, even in a past clause.
  ['Hussein gave foreigners until Thursday to leave the country.', '2000-04-12', day('Thursday', 30, '2000-04-13', '2000-04-14')],
  ['Banks were given until Friday to comply.', '2000-04-12', day('Friday', 23, '2000-04-14', '2000-04-15')],
  ['They have until Monday to respond.', '2000-04-12', day('Monday', 16, '2000-04-17', '2000-04-18')],
  // A past clause keeps the past.
  ['The curfew lasted until Friday.', '2000-04-12', day('Friday', 24, '2000-04-07', '2000-04-08')],
  // Staying until a day to do something is no deadline given.
  ['He stayed until Thursday to finish the report.', '2000-04-12', day('Thursday', 16, '2000-04-06', '2000-04-07')],
  ['He stayed until Christmas.', '2000-04-12', day('Christmas', 16, '1999-12-25', '1999-12-26', 'holiday')],
  ['Election Day was Nov. 7.', '2000-04-14', day('Election Day', 0, '1999-11-02', '1999-11-03', 'holiday')],
  ['Starting Monday, the shares traded on the Big Board.', '1989-10-28', day('Monday', 9, '1989-10-23', '1989-10-24')],
  ['The rally went on through Sunday.', '2022-01-11', day('Sunday', 26, '2022-01-09', '2022-01-10')],
  ["The company's annual meeting was in May.", '1989-10-28', { text: 'May', start: 36, type: 'DATE', value: '1989-05', precision: 'month', interval: ['1989-05-01', '1989-06-01'] }],
];

describe('a date put ahead', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));

  it('keeps the holiday a past copula speaks of', () => {
    expect(mentionOf('Christmas was quiet, and Election Day is Nov. 7.', '2000-04-14', 'Christmas').value).toBe('1999-12-25');
  });
});
