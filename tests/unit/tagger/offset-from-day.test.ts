import { describe, expect, it } from 'vitest';
import { dayMention, expectMention, only, tag, type Row } from './support';

// 2000-04-14 is a Friday; "last Tuesday" is 2000-04-11, in ISO week 15.
const rows: Row[] = [
  ['The week before last Tuesday, prices fell.', '2000-04-14', { text: 'The week before last Tuesday', start: 0, type: 'DATE', value: '2000-W14', precision: 'week', interval: ['2000-04-03', '2000-04-10'], anchoring: 'relative', rule: 'offset-from-day' }],
  // Christmas 2000 is a Monday (W52): the week after is the first of 2001
  ['They will meet the week after Christmas.', '2000-04-14', { text: 'the week after Christmas', start: 15, type: 'DATE', value: '2001-W01', precision: 'week', interval: ['2001-01-01', '2001-01-08'] }],
  ['They met the day after Christmas.', '2000-04-14', { text: 'the day after Christmas', start: 9, type: 'DATE', value: '1999-12-26', precision: 'day', interval: ['1999-12-26', '1999-12-27'] }],
  ['They met the week after March 5, 1999, in Geneva.', '2000-04-14', { text: 'the week after March 5, 1999', start: 9, type: 'DATE', value: '1999-W10', precision: 'week', interval: ['1999-03-08', '1999-03-15'], anchoring: 'absolute' }],
  // Christmas 1999 is a Saturday (W51): "before last" belongs to "last Christmas", not to the week
  ['The week before last Christmas, he resigned.', '2000-04-14', { text: 'The week before last Christmas', start: 0, type: 'DATE', value: '1999-W50', precision: 'week', interval: ['1999-12-13', '1999-12-20'] }],
  ['They will meet the week after next Monday.', '2000-04-14', { text: 'the week after next Monday', start: 15, type: 'DATE', value: '2000-W17', precision: 'week', interval: ['2000-04-24', '2000-05-01'] }],
];

describe('offset from a day', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves a counted stretch before a date as a duration and the date', () => {
    expect(tag('A week after Christmas, they met.', '2000-04-14').map((m) => [m.text, m.type])).toEqual([['A week', 'DURATION'], ['Christmas', 'DATE']]);
  });

  it('counts only from a day, not from a month or year', () => {
    expect(tag('the week before June and the month before last year', '2000-04-14').map((m) => m.text)).toEqual(['June', 'last year']);
  });

  it('counts a day from a holiday, one mention, the holiday read as it would be alone', () => {
    const shape = { anchoring: 'relative', rule: 'offset-from-day' } as const;
    // A present copula schedules the whole phrase: the coming Christmas (Wednesday 20 December 2000).
    expectMention(only('The day after Christmas is the busiest day for returns.', '2000-12-20'), dayMention('The day after Christmas', 0, '2000-12-26', '2000-12-27', shape));
    expectMention(only('The day before Thanksgiving is the busiest travel day.', '2000-11-01'), dayMention('The day before Thanksgiving', 0, '2000-11-22', '2000-11-23', shape));
    // A past sentence: the Christmas gone by.
    expectMention(only('Stores were crowded the day after Christmas, and returns followed.', '2001-01-10'), dayMention('the day after Christmas', 20, '2000-12-26', '2000-12-27', shape));
    expectMention(only('He left the day after Christmas 1999.', '2000-12-28'), dayMention('the day after Christmas 1999', 8, '1999-12-26', '1999-12-27', { anchoring: 'absolute', rule: 'offset-from-day' }));
  });
});
