import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/extract/extract-timeline';
import { mentionRegion } from '../../../src/extract/events/mention-region';
import { doc } from './hand-made';

const regions = (text: string, dates: string[]) => {
  const spans = dates.map((d) => ({ start: text.indexOf(d), end: text.indexOf(d) + d.length }));
  return spans.map((_, i) => {
    const r = mentionRegion(text, { start: 0, end: text.length }, spans, i);
    return text.slice(r.start, r.end);
  });
};

describe('the part of a sentence each date holds', () => {
  it('cuts at the last separator between two dates', () => {
    expect(regions('At Istanbul in 1999 and Astana in 2010 they met.', ['1999', '2010'])).toEqual(['At Istanbul in 1999 and ', 'Astana in 2010 they met.']);
  });

  it('with no separator, cuts at the space nearest the middle, never inside a word', () => {
    expect(regions('Announced at 2 p.m. afterwards in 1999 it held.', ['2 p.m.', '1999'])).toEqual(['Announced at 2 p.m. afterwards', ' in 1999 it held.']);
  });
});

describe('dated passages', () => {
  it('are not cut up by a duration beside the date, and their labels hold whole words', () => {
    const text = 'The decision, announced at 2 p.m. after a two-day meeting, keeps the rate.';
    const [event, ...rest] = extractTimeline([doc('fed', text, '2023-06-15')]).events;
    expect(rest).toEqual([]);
    expect(event!.date.value).toBe('2023-06-15T14:00');
    // Was "Announced afte": the two-day duration cut the sentence in the middle of "after".
    const words = new Set(text.toLowerCase().match(/[a-z]+/g));
    expect(event!.label.toLowerCase().split(' ').filter((w) => !words.has(w))).toEqual([]);
  });
});
