import { describe, expect, it } from 'vitest';
import { expectMention, only, tag } from './support';

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
});
