import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/extract/extract-timeline';
import { doc } from './hand-made';

const TEXT = 'The Founding Act was signed in 1997. Two years later, NATO expanded to Poland, Hungary and the Czech Republic.';

describe('"two years later" on the timeline', () => {
  it('is an event on the date it leads to, with the duration as its mention', () => {
    const timeline = extractTimeline([doc('nato', TEXT)]);
    const later = timeline.events.find((e) => e.date.value === '1999');
    expect(later?.date).toEqual({ value: '1999', start: '1999-01-01', end: '2000-01-01', precision: 'year', approximate: false });
    expect(later?.sources.map((s) => s.mention)).toEqual([{ start: 37, end: 46, text: 'Two years' }]);
  });

  it('in an undated document, follows the date it counts from: placed after an absolute one, listed after a relative one', () => {
    const absolute = extractTimeline([doc('a', TEXT, null)]);
    expect(absolute.events.map((e) => e.date.value)).toEqual(['1997', '1999']);
    const relative = extractTimeline([doc('r', 'Talks began on Monday. Three days later, NATO met in Brussels.', null)]);
    expect(relative.events).toEqual([]);
    expect(relative.unresolved.map((u) => [u.mention.text, u.reason])).toEqual([
      ['Monday', 'relative date "Monday" in a document with no publication date'],
      ['Three days', 'relative date "Three days" in a document with no publication date'],
    ]);
  });

  it('labels it without the direction word: "later" belongs to the date, not to what happened', () => {
    const labels = (text: string) => extractTimeline([doc('d', text)]).events.map((e) => [e.date.value, e.label]);
    expect(labels('The war ended in 1945. Five years later the economy boomed.')).toEqual([['1945', 'War ended'], ['1950', 'Economy boomed']]);
    expect(labels('The war ended in 1945. Two decades later, the country was rich.')).toEqual([['1945', 'War ended'], ['1965', 'Country was rich']]);
  });
});
