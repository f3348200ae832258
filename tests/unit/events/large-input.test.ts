import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../src/extract/types';
import { MAX_SAME_DATE } from '../../../src/extract/events/merge-events';
import { doc, mention, run } from './hand-made';

/**
 * A text of `count` sentences in paragraphs of ten, cycling through `sentences`, with a mention
 * of `phrase` (valued `value`) in every sentence: built directly, offsets computed as it goes.
 */
function repeated(sentences: string[], phrase: string, value: string, count: number, anchoring: DateMention['anchoring']) {
  const parts: string[] = ['Wire archive\n\n'];
  const mentions: DateMention[] = [];
  let at = parts[0]!.length;
  for (let i = 0; i < count; i++) {
    const s = sentences[i % sentences.length]!;
    const start = at + s.indexOf(phrase);
    mentions.push({
      start, end: start + phrase.length, text: phrase, type: 'DATE', value, precision: 'day',
      interval: { start: value, end: '2022-01-11' }, approximate: false, anchoring, rule: 'hand-made',
    });
    const sep = i % 10 === 9 ? '\n\n' : ' ';
    parts.push(s, sep);
    at += s.length + sep.length;
  }
  return { text: parts.join(''), mentions };
}

describe('a huge input', () => {
  it('takes 200,000 mentions in one document and 150,000 unresolved ones in another without overflowing the stack', () => {
    const dated = repeated(
      ['Talks in Geneva ended on Monday without agreement.', 'The central bank cut interest rates on Monday.'],
      'Monday', '2022-01-10', 200_000, 'relative',
    );
    const undated = repeated(['Officials met again on Monday.'], 'Monday', '2022-01-10', 150_000, 'relative');
    const r = run([doc('a', dated.text), dated.mentions], [doc('b', undated.text, null), undated.mentions]);
    // Each sentence is one paragraph repeated word for word: one event each, told once.
    expect(r.events.map((e) => [e.date.value, e.label, e.sources.length])).toEqual([
      ['2022-01-10', 'Geneva talks ended without agreement', 1],
      ['2022-01-10', 'Central bank cut interest rates', 1],
    ]);
    expect(r.unresolved).toHaveLength(150_000);
    expect(r.unresolved[149_999]!.reason).toBe('relative date "Monday" in a document with no publication date');
  }, 120_000);
});

/** A made-up word per number ("bax", "koba x"…), so that no two sentences share a noun. */
const word = (i: number) => {
  const syllables = ['ba', 'ko', 'ti', 'ru', 'me', 'sa', 'lo', 'vi', 'ne', 'du'];
  let w = '';
  do {
    w += syllables[i % 10];
    i = Math.floor(i / 10);
  } while (i > 0);
  return `${w}x`;
};

/** One paragraph per sentence, each with the phrase once; mentions valued `value` (a day). */
function paragraphs(sentences: string[], phrase: string, value: string) {
  const text = ['Log', ...sentences].join('\n\n');
  const mentions: DateMention[] = [];
  let at = 0;
  for (const s of sentences) {
    at = text.indexOf(s, at);
    const start = at + s.indexOf(phrase);
    const next = new Date(Date.parse(value) + 86_400_000).toISOString().slice(0, 10);
    mentions.push({
      start, end: start + phrase.length, text: phrase, type: 'DATE', value, precision: 'day',
      interval: { start: value, end: next }, approximate: false, anchoring: 'relative', rule: 'hand-made',
    });
    at += s.length;
  }
  return { text, mentions };
}

describe('one day told thousands of times', () => {
  it('tells a paragraph written again word for word as one event, even with no noun for the pair rule to share', () => {
    const { text, mentions } = paragraphs(Array.from({ length: 20_000 }, () => 'On Monday it began.'), 'Monday', '2022-01-10');
    const r = run([doc('a', text), mentions]);
    expect(r.events.map((e) => [e.id, e.label, e.sources.length])).toEqual([['2022-01-10-it-began', 'It began', 1]]);
  }, 120_000);

  it('keeps thousands of different happenings of one day apart', () => {
    const sentences = Array.from({ length: 3_000 }, (_, i) => `The ${word(i)} collapsed on Monday.`);
    const { text, mentions } = paragraphs(sentences, 'Monday', '2022-01-10');
    const r = run([doc('a', text), mentions]);
    expect(r.events).toHaveLength(3_000);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(3_000);
    expect(r.events.slice(0, 2).map((e) => [e.label, e.sources[0]!.mention.start])).toEqual([
      [`${word(0).charAt(0).toUpperCase()}${word(0).slice(1)} collapsed`, mentions[0]!.start],
      [`${word(1).charAt(0).toUpperCase()}${word(1).slice(1)} collapsed`, mentions[1]!.start],
    ]);
  }, 120_000);

  it(`finds the event a passage retells among the latest ${MAX_SAME_DATE} events of its date, not further back`, () => {
    const told = (others: number) => {
      const a = paragraphs(
        ['Talks in Geneva ended on Monday without agreement.', ...Array.from({ length: others }, (_, i) => `The ${word(i)} collapsed on Monday.`)],
        'Monday', '2022-01-10',
      );
      const b = doc('b', 'Report\n\nThe Geneva talks ended on Monday with no agreement.', '2022-01-12');
      const r = run([doc('a', a.text), a.mentions], [b, [mention(b.text, 'Monday', '2022-01-10')]]);
      return r.events.filter((e) => e.label.includes('talks')).map((e) => e.sources.map((s) => s.document));
    };
    expect(told(MAX_SAME_DATE - 1)).toEqual([['a', 'b']]);
    expect(told(MAX_SAME_DATE)).toEqual([['a'], ['b']]);
  });
});
