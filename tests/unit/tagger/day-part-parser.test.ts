import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, only, tag } from './support';

describe('day-part parser', () => {
  it('reads "in the afternoon" as the afternoon of the reference day when no day is named, without the "in"', () => {
    expectMention(only('The rally began in the afternoon.', '2013-03-20'), {
      text: 'the afternoon', start: 19, type: 'TIME', value: '2013-03-20TAF', precision: 'day', interval: ['2013-03-20', '2013-03-21'], anchoring: 'relative', rule: 'day-part',
    });
    expect(only('Protesters gathered early in the morning.', '2013-03-20')).toMatchObject({ text: 'the morning', value: '2013-03-20TMO' });
    expect(only('By late afternoon, the crowd had dispersed.', '2013-03-20')).toMatchObject({ text: 'late afternoon', value: '2013-03-20TAF' });
    expect(only('Shots were heard in the night.', '2013-03-20')).toMatchObject({ text: 'the night', value: '2013-03-20TNI' });
  });

  it('puts it on the day the story has just named, as a clock time', () => {
    expect(mentionOf('On Monday the council met. In the evening, protesters gathered.', '2013-03-20', 'the evening').value).toBe('2013-03-18TEV');
    expect(mentionOf('Real estate issues were dashed Friday. Dealers placed heavy buy orders in the morning.', '1989-10-30', 'the morning').value).toBe('1989-10-27TMO');
  });

  it('reads no time in a noun modifier, and leaves a part of day with its day to chrono', () => {
    expect(tag('He reads the morning papers. Early morning flights were cancelled.', '2013-03-20')).toEqual([]);
    expect(tag('The attack came in the night of March 5.', '2013-03-20').map((m) => [m.text, m.rule])).toEqual([['night of March 5', 'tense:ENMonthNameMiddleEndianParser']]);
    expect(tag('It rained in the morning on Tuesday.', '2013-03-20').map((m) => m.rule)).not.toContain('day-part');
  });
});
