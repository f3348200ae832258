import { describe, expect, it } from 'vitest';
import { expectMention, only, tag } from './support';

describe('part-of-day filter', () => {
  it("drops chrono's part of day with no day to hang on, and keeps ours, which the story's day anchors", () => {
    expect(tag('Protesters gathered; the night of chaos ended.', '2000-04-14')).toEqual([]);
    expect(tag('In the morning, protesters gathered; the night of chaos ended.', '2000-04-14').map((m) => [m.text, m.rule])).toEqual([['the morning', 'day-part']]);
  });

  it('keeps "noon" as a clock time on the story\'s day, like "6 p.m."', () => {
    expectMention(only('The deadline passed at noon.', '2000-04-14'), {
      text: 'noon',
      start: 23,
      type: 'TIME',
      value: '2000-04-14T12:00',
      precision: 'day',
      interval: ['2000-04-14', '2000-04-15'],
    });
    expect(tag('At noon, the sirens sounded.', '2000-04-14').map((m) => [m.text, m.value])).toEqual([['noon', '2000-04-14T12:00']]);
  });

  it('drops "high noon", the idiom and the film', () => {
    expect(tag("For Poland, high noon comes now; he loved ``High Noon.''", '1999-03-12').map((m) => m.text)).toEqual(['now']);
  });
});
