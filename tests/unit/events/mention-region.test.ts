import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/extract/extract-timeline';
import { frontedSeries, mentionRegion } from '../../../src/extract/events/mention-region';
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

  it("leaves the whole clause to the other date when a date in the possessive modifies a noun inside it", () => {
    const text = "The death toll from Monday's earthquake in Turkey rose to 200 on Wednesday, officials said.";
    expect(regions(text, ['Monday', 'Wednesday'])).toEqual(["The death toll from Monday's earthquake in Turkey", text]);
    expect(regions("The toll rose on Wednesday from Monday's quake.", ['Wednesday', 'Monday'])).toEqual([
      "The toll rose on Wednesday from Monday's quake.",
      " Monday's quake.",
    ]);
  });

  it('still cuts at a clause break before or after a date in the possessive', () => {
    const text = "The offer, advertised in today's editions of the paper, expires at the end of November.";
    expect(regions(text, ['today', 'the end of November'])).toEqual([
      "The offer, advertised in today's editions of the paper,",
      ' expires at the end of November.',
    ]);
    expect(regions("Prices fell on Monday, and Tuesday's rally failed.", ['Monday', 'Tuesday'])).toEqual([
      'Prices fell on Monday, and ',
      "Tuesday's rally failed.",
    ]);
  });
});

describe('dates coordinated at the head of a sentence', () => {
  const series = (text: string, dates: string[]) => {
    const spans = dates.map((d) => ({ start: text.indexOf(d), end: text.indexOf(d) + d.length }));
    const sentence = { start: 0, end: text.length };
    const found = frontedSeries(text, sentence, spans, spans.map((_, i) => mentionRegion(text, sentence, spans, i)));
    return found && { sharing: found.sharing, head: text.slice(found.head.start, found.head.end), main: text.slice(found.main.start, found.main.end) };
  };

  it('share the main clause after the comma with every date before the last', () => {
    expect(series('At Istanbul in 1999 and Astana in 2010, OSCE leaders pledged security.', ['1999', '2010'])).toEqual({
      sharing: 1,
      head: 'At Istanbul in 1999 and Astana in 2010',
      main: ' OSCE leaders pledged security.',
    });
    expect(series('In 1990, 1995 or 2001 and in 2010, it held.', ['1995', '2001', '2010'])).toBeUndefined();
    expect(series('On Monday and Tuesday or Wednesday, talks went on.', ['Monday', 'Tuesday', 'Wednesday'])).toEqual({
      sharing: 2,
      head: 'On Monday and Tuesday or Wednesday',
      main: ' talks went on.',
    });
  });

  it('are no series when a clause mark comes before them, between them, or no comma after them', () => {
    expect(series('Leaders met, in 1999 and in 2010, to pledge security.', ['1999', '2010'])).toBeUndefined();
    expect(series('In 1999, and again in 2010, leaders met.', ['1999', '2010'])).toBeUndefined();
    expect(series('In 1999 and 2010 leaders met in Istanbul.', ['1999', '2010'])).toBeUndefined();
    expect(series('In 1999 leaders met in Istanbul.', ['1999'])).toBeUndefined();
  });
});

describe('dated passages', () => {
  it('give the dates of a verbless fronted series the main clause they share, and merge on it', () => {
    const a = doc('a', 'Summits\n\nAt Istanbul in 1999 and Astana in 2010, OSCE leaders pledged to ensure the indivisibility of security.', '2022-01-29');
    const b = doc('b', 'Charter\n\nThe 1999 Charter for European Security binds OSCE states to the indivisibility of security.', '2022-02-02');
    const events = extractTimeline([a, b]).events;
    // 1999 of "a" held only "At Istanbul in 1999 and": no name shared with the Charter, two events.
    expect(events.map((e) => [e.date.value, e.sources.map((s) => `${s.document}:${s.mention.text}`)])).toEqual([
      ['1999', ['a:1999', 'b:1999']],
      ['2010', ['a:2010']],
    ]);
  });

  it('leave the main clause to the last date when the head has a verb of its own', () => {
    const a = doc('a', 'Prices\n\nIn 1999 the index climbed and in 2010, OSCE states pledged the indivisibility of security.', '2022-01-29');
    const b = doc('b', 'Charter\n\nThe 1999 Charter for European Security binds OSCE states to the indivisibility of security.', '2022-02-02');
    expect(extractTimeline([a, b]).events.map((e) => [e.date.value, e.sources.map((s) => `${s.document}:${s.mention.text}`)])).toEqual([
      ['1999', ['a:1999']],
      ['1999', ['b:1999']],
      ['2010', ['a:2010']],
    ]);
  });

  it("label the later date by the clause a possessive date sits in, not by what the middle of the sentence leaves", () => {
    const text = "Report\n\nThe death toll from Monday's earthquake in Turkey rose to 200 on Wednesday, officials said.";
    const events = extractTimeline([doc('quake', text, '2023-06-15')]).events;
    // Wednesday was "Rose 200": the sentence was cut in half between the two dates. Its subject
    // reads back across Monday's possessive date ("rose", now a verb before an amount, was the
    // flower and the label "Death toll from earthquake in Turkey").
    expect(events.map((e) => [e.date.value, e.label])).toEqual([
      ['2023-06-12', 'Earthquake in Turkey'],
      ['2023-06-14', 'Death toll from earthquake rose'],
    ]);
  });

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
