import { describe, expect, it } from 'vitest';
import { expectMention, only, tag } from './support';

/** Thursday 15 June 2023. */
const R = '2023-06-15';

describe('month-day before a word starting "am"', () => {
  it('reads the month-day chrono drops before "American", "amid", "among", "ambulances"', () => {
    expectMention(only('He resigned on May 3 amid protests.', R), {
      text: 'May 3', start: 15, type: 'DATE', value: '2023-05-03', precision: 'day', interval: ['2023-05-03', '2023-05-04'], anchoring: 'relative', rule: 'month-day',
    });
    expect(only('The vote on March 5 among members failed.', R)).toMatchObject({ text: 'March 5', value: '2023-03-05' });
    expect(only('Since Jan. 12 ambulances have waited.', R)).toMatchObject({ text: 'Jan. 12', value: '2023-01-12' });
    expect(only('On July 4 American troops landed.', R)).toMatchObject({ text: 'July 4', value: '2023-07-04' });
    expect(only('He resigned on May 3, 2021 amid protests.', R)).toMatchObject({ text: 'May 3, 2021', value: '2021-05-03', anchoring: 'absolute' });
  });

  it('leaves a clock time to chrono ("July 4 at 7 am", "4 am") and the modal "may" alone', () => {
    expect(tag('They met July 4 at 7 am.', R).map((m) => [m.text, m.rule])).toEqual([['July 4 at 7 am', 'tense:ENMonthNameMiddleEndianParser']]);
    expect(tag('The meeting is July 4 am.', R).map((m) => m.rule)).not.toContain('month-day');
    expect(tag('Patients may 3 ambulances later be moved.', R).map((m) => m.rule)).not.toContain('month-day');
  });
});
