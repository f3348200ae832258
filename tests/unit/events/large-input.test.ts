import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../src/extract/types';
import { doc, run } from './hand-made';

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
