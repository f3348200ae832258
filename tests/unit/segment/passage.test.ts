import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/extract/segment/document-layout';
import { passageFor } from '../../../src/extract/segment/passage';
import { sentenceIndexAt, splitSentences } from '../../../src/extract/segment/sentences';

/** The passage around the first occurrence of `needle`, as text, and the rules used. */
function passageAt(text: string, needle: string) {
  const list = splitSentences(text, layoutDocument(text));
  const p = passageFor(text, list, sentenceIndexAt(list, text.indexOf(needle)));
  return { text: text.slice(p.start, p.end), rules: p.rules };
}

describe('passageFor', () => {
  it('is the sentence alone when it stands on its own', () => {
    const text = 'Talks opened. Talks in Geneva ended on Monday without agreement. Next.';
    expect(passageAt(text, 'Monday')).toEqual({ text: 'Talks in Geneva ended on Monday without agreement.', rules: ['sentence'] });
  });

  it('takes along the sentence that introduces a one-line quote ("adding:")', () => {
    const text = 'Ryabkov said talks failed, adding:\n\n“We met on Monday and got nothing.”\n\nOther news.';
    expect(passageAt(text, 'Monday')).toEqual({
      text: 'Ryabkov said talks failed, adding:\n\n“We met on Monday and got nothing.”',
      rules: ['introduced-by-previous'],
    });
  });

  it('runs on into what a sentence introduces', () => {
    const text = 'On Tuesday, Putin said the following:\n\n“The responses ignore our concerns.”\n\nOther news.';
    expect(passageAt(text, 'Tuesday')).toEqual({
      text: 'On Tuesday, Putin said the following:\n\n“The responses ignore our concerns.”',
      rules: ['introduces-next'],
    });
  });

  it('does not run on from a long sentence that has said its piece before the colon', () => {
    const long = 'In 1997 the two sides signed the Founding Act, which bound them to consult before any deployment, to refrain from the threat of force and to build a council for regular talks, the minister recalled, adding:';
    const text = `Headline\n\n${long}\n\n“We expect the same now.”`;
    expect(passageAt(text, '1997')).toEqual({ text: long, rules: ['sentence'] });
  });

  it('takes the previous sentence when the sentence opens with a pronoun pointing back', () => {
    const text = 'Headline\n\nThe Founding Act bound both sides.\n\nIt was signed in 1997.';
    expect(passageAt(text, '1997')).toEqual({ text: 'The Founding Act bound both sides.\n\nIt was signed in 1997.', rules: ['refers-back'] });
  });

  it('never reaches from a comment into the article or into another comment', () => {
    const text = 'Headline\n\nThe article ends here:\n\n  1. It happened in 1929.\n\n  2. It did not.';
    expect(passageAt(text, '1929')).toEqual({ text: 'It happened in 1929.', rules: ['sentence'] });
  });
});
