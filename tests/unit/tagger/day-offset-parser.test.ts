import { describe, expect, it } from 'vitest';
import { dayMention, expectMention, only, tag } from './support';

// Thursday 24 February 2000.
const R = '2000-02-24';

describe('day-offset parser', () => {
  it('counts "the day before last Tuesday" from that Tuesday', () => {
    expectMention(only("The day before last Tuesday's hearing, he went to the house.", R), {
      text: 'The day before last Tuesday', start: 0, type: 'DATE', value: '2000-02-21', precision: 'day', interval: ['2000-02-21', '2000-02-22'], anchoring: 'relative', rule: 'day-offset',
    });
  });

  it('resolves a bare weekday by the tense, as it would alone', () => {
    expect(only('He will leave the day after Monday.', R)).toMatchObject({ text: 'the day after Monday', value: '2000-02-29' });
    expect(only('He left the day after Monday.', R)).toMatchObject({ text: 'the day after Monday', value: '2000-02-22' });
  });

  it('counts "the day before yesterday" and "the day after tomorrow" from the reference, one mention', () => {
    expectMention(only('He left the day before yesterday.', R), {
      text: 'the day before yesterday', start: 8, type: 'DATE', value: '2000-02-22', precision: 'day', interval: ['2000-02-22', '2000-02-23'], anchoring: 'relative', rule: 'day-offset',
    });
    expect(only('They meet the day after tomorrow.', R)).toMatchObject({ text: 'the day after tomorrow', value: '2000-02-26' });
  });

  it('leaves "the day before the vote" to the anaphoric rule, which reads no date there', () => {
    expect(tag('the day before the vote', R).map((m) => m.rule)).toEqual([]);
    expect(tag('the day after yesterdays sale', R).filter((m) => m.rule === 'day-offset')).toEqual([]);
  });

  it('counts a day from a holiday, one mention, the holiday read as it would be alone', () => {
    const shape = { anchoring: 'relative', rule: 'day-offset' } as const;
    // A present copula schedules the whole phrase: the coming Christmas (Wednesday 20 December 2000).
    expectMention(only('The day after Christmas is the busiest day for returns.', '2000-12-20'), dayMention('The day after Christmas', 0, '2000-12-26', '2000-12-27', shape));
    expectMention(only('The day before Thanksgiving is the busiest travel day.', '2000-11-01'), dayMention('The day before Thanksgiving', 0, '2000-11-22', '2000-11-23', shape));
    // A past sentence: the Christmas gone by.
    expectMention(only('Stores were crowded the day after Christmas, and returns followed.', '2001-01-10'), dayMention('the day after Christmas', 20, '2000-12-26', '2000-12-27', shape));
    expectMention(only('He left the day after Christmas 1999.', '2000-12-28'), dayMention('the day after Christmas 1999', 8, '1999-12-26', '1999-12-27', { anchoring: 'absolute', rule: 'day-offset' }));
  });
});
