import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['It may be resolved in a court hearing the week of March 6.', '2000-02-24', { text: 'the week of March 6', start: 38, type: 'DATE', value: '2000-W10', precision: 'week', interval: ['2000-03-06', '2000-03-13'], anchoring: 'relative', rule: 'week-of' }],
  ['The week of Oct. 23, 1989 was bad.', '2000-02-24', { text: 'The week of Oct. 23, 1989', start: 0, type: 'DATE', value: '1989-W43', precision: 'week', interval: ['1989-10-23', '1989-10-30'], anchoring: 'absolute' }],
  // The year of the day follows the tense, as for a month-day alone.
  // "the weekend of" a day is the weekend of its ISO week, one mention rather than a bare "weekend" plus a day.
  ['The weekend of May 5 is busy.', '2000-04-14', { text: 'The weekend of May 5', start: 0, type: 'DATE', value: '2000-W18-WE', precision: 'week', interval: ['2000-05-06', '2000-05-08'], anchoring: 'relative', rule: 'week-of' }],
  ['Police were called the weekend of March 4, 1999.', '2000-04-14', { text: 'the weekend of March 4, 1999', start: 19, type: 'DATE', value: '1999-W09-WE', precision: 'week', interval: ['1999-03-06', '1999-03-08'], anchoring: 'absolute' }],
  // "the first week of May": a 7-day block of the month, valued as the month, approximate
  ['The meeting is set for the first week of May.', '2000-04-14', { text: 'the first week of May', start: 23, type: 'DATE', value: '2000-05', precision: 'month', interval: ['2000-05-01', '2000-06-01'], approximate: true, anchoring: 'relative', rule: 'week-of' }],
  ['Sales fell in the second week of March.', '2000-04-14', { text: 'the second week of March', start: 14, type: 'DATE', value: '2000-03', precision: 'month', interval: ['2000-03-01', '2000-04-01'], approximate: true }],
  ['It ended the last week of Dec. 1999.', '2000-04-14', { text: 'the last week of Dec. 1999', start: 9, type: 'DATE', value: '1999-12', precision: 'month', interval: ['1999-12-01', '2000-01-01'], approximate: true, anchoring: 'absolute' }],
  ['Results are due in the second half of May.', '2000-04-14', { text: 'the second half of May', start: 19, type: 'DATE', value: '2000-05', precision: 'month', interval: ['2000-05-01', '2000-06-01'], approximate: true, rule: 'week-of' }],
  ['In the first half of March 1999, it rained.', '2000-04-14', { text: 'the first half of March 1999', start: 3, type: 'DATE', value: '1999-03', precision: 'month', interval: ['1999-03-01', '1999-04-01'], approximate: true, anchoring: 'absolute' }],
  // The first or last days or weeks of a month or a year: one mention, the month (or year), approximate.
  ['The talks collapsed in the last days of December.', '2022-01-15', { text: 'the last days of December', start: 23, type: 'DATE', value: '2021-12', precision: 'month', interval: ['2021-12-01', '2022-01-01'], approximate: true, rule: 'week-of' }],
  ['In the final weeks of 2021, troops massed at the border.', '2022-01-15', { text: 'the final weeks of 2021', start: 3, type: 'DATE', value: '2021', precision: 'year', interval: ['2021-01-01', '2022-01-01'], approximate: true, anchoring: 'absolute', rule: 'week-of' }],
  // The year as for the month alone: a past March said in January is last year's.
  ['It rained for the first few days of March.', '2022-01-15', { text: 'the first few days of March', start: 14, type: 'DATE', value: '2021-03', precision: 'month', interval: ['2021-03-01', '2021-04-01'], approximate: true }],
  ['It rained during the first week of March.', '2022-01-15', { text: 'the first week of March', start: 17, type: 'DATE', value: '2021-03', precision: 'month', interval: ['2021-03-01', '2021-04-01'], approximate: true }],
  ['Sales rose in the week of December 20.', '2022-01-11', { text: 'the week of December 20', start: 14, type: 'DATE', value: '2021-W51', precision: 'week', interval: ['2021-12-20', '2021-12-27'] }],
];

describe('week-of parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('reads no week in "the week of talks" nor with a lower-case month', () => {
    expect(tag('the week of talks ended', '2022-01-11')).toEqual([]);
    expect(tag('the week of may 6', '2022-01-11').filter((m) => m.rule === 'week-of')).toEqual([]);
    expect(tag('It was a weekend of talks.', '2022-01-11')).toEqual([]);
    expect(tag('the weekend of may 6', '2022-01-11').filter((m) => m.rule === 'week-of')).toEqual([]);
  });

  it('reads no date in "the last days of his life" nor in a week of a year', () => {
    expect(tag('He spent the last days of his life in Paris.', '2022-01-15').filter((m) => m.type === 'DATE')).toEqual([]);
    expect(tag('the first week of 2021 was cold', '2022-01-15').filter((m) => m.rule === 'week-of')).toEqual([]);
  });
});
