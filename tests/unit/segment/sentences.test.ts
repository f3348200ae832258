import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/extract/segment/document-layout';
import { sentenceIndexAt, splitSentences } from '../../../src/extract/segment/sentences';

const sentences = (text: string) => splitSentences(text, layoutDocument(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('cuts each paragraph into trimmed sentences with exact offsets', () => {
    const text = 'First one here.  Second one?\n\n  Third, after a blank line. ';
    expect(sentences(text)).toEqual(['First one here.', 'Second one?', 'Third, after a blank line.']);
  });

  it('does not end a sentence at a title or abbreviation', () => {
    expect(sentences('Body text follows.\nMr. Smith met Gen. Jones on Jan. 10 in Geneva. They talked until 9 a.m. Tuesday.')).toEqual([
      'Body text follows.',
      'Mr. Smith met Gen. Jones on Jan. 10 in Geneva.',
      'They talked until 9 a.m. Tuesday.',
    ]);
  });

  it('ends a sentence at an initialism only before a word that opens one', () => {
    // ICU breaks after "U.S." before any capital: "U.S. Embassy" and "U.S. President" were cut.
    expect(
      sentences(
        'Body.\n\nOn Friday U.S. President Bill Clinton met the U.N. Secretary-General. He was arrested over the deadly U.S. Embassy blasts. The troops returned to the U.S. The talks resumed. They went to the U.S. “We are home,” one said.',
      ),
    ).toEqual([
      'Body.',
      'On Friday U.S. President Bill Clinton met the U.N. Secretary-General.',
      'He was arrested over the deadly U.S. Embassy blasts.',
      'The troops returned to the U.S.',
      'The talks resumed.',
      'They went to the U.S.',
      '“We are home,” one said.',
    ]);
  });

  it('joins a hard-wrapped line to the next but keeps one-sentence lines apart', () => {
    const text = 'Body.\n\nThe delegations agreed that the next round of talks\nwill open in Vienna. A second sentence.\nA line of its own.';
    expect(sentences(text)).toEqual([
      'Body.',
      'The delegations agreed that the next round of talks\nwill open in Vienna.',
      'A second sentence.',
      'A line of its own.',
    ]);
  });

  it('cuts a paragraph far longer than its segmenting window exactly as a short one', () => {
    const sentence = 'Talks in Geneva ended on Monday without any agreement at all. ';
    const text = sentence.repeat(600).trimEnd();
    const found = sentences(text);
    expect(found).toHaveLength(600);
    expect(new Set(found)).toEqual(new Set([sentence.trim()]));
  });

  it('drops list markers and skips page chrome', () => {
    const text = 'Title Line\n\nThe article.\n\n  1. A reader writes. Twice.\n\nLeave a Reply\nBlog at WordPress.com.';
    expect(sentences(text)).toEqual(['Title Line', 'The article.', 'A reader writes.', 'Twice.']);
  });

  it('finds the sentence holding an offset, and none in chrome', () => {
    const text = 'Title Line\n\nOne. Two.\n\nShare this:';
    const list = splitSentences(text, layoutDocument(text));
    expect(sentenceIndexAt(list, text.indexOf('Two'))).toBe(2);
    expect(sentenceIndexAt(list, text.indexOf('Share'))).toBe(-1);
  });
});
