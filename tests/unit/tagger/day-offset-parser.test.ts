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

  it('leaves "the day before the vote" to the anaphoric rule, which reads no date there', () => {
    expect(tag('the day before the vote', R).map((m) => m.rule)).toEqual([]);
  });
});
