import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, only, tag } from './support';

describe('midday parser', () => {
  it('reads "midday" as noon and "mid afternoon" as the afternoon of the reference day when no day is named', () => {
    expectMention(only('He was to appear before a judge at midday.', '1999-10-08'), {
      text: 'midday', start: 35, type: 'TIME', value: '1999-10-08T12:00', precision: 'day', interval: ['1999-10-08', '1999-10-09'], anchoring: 'relative', rule: 'midday',
    });
    expect(only('By mid afternoon, the operation was over.', '1998-03-06')).toMatchObject({ text: 'mid afternoon', value: '1998-03-06TAF' });
    expect(only('Trading slowed by mid-morning.', '1998-03-06')).toMatchObject({ text: 'mid-morning', value: '1998-03-06TMO' });
  });

  it('puts them on the day the story has just named, as a clock time', () => {
    expect(mentionOf('The embassy was bombed on Friday. By midday, rescuers had arrived.', '1998-08-10', 'midday').value).toBe('1998-08-07T12:00');
  });

  it('leaves "mid-afternoon yesterday" to chrono, which reads the day too', () => {
    expect(tag('Shares rose by mid-afternoon yesterday.', '1989-11-02').map((m) => [m.rule, m.value])).toEqual([['chrono:ENCasualDateParser', '1989-11-01TAF']]);
  });
});
