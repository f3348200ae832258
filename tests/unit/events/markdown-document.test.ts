import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/extract/extract-timeline';
import type { SourceDocument } from '../../../src/extract/types';

const TEXT = [
  '# Talks in Geneva',
  '',
  'On Monday the talks **ended** without a deal.',
  '',
  '- On *January 5*, [Reuters](https://reuters.com/2021/12/30/story) reported that `NATO` rejected the plan.',
  '',
  '> In 1997, the _Founding Act_ was signed.',
  '',
].join('\n');

const markdownDoc = (markup: SourceDocument['markup']): SourceDocument => ({
  id: 'talks', file: 'talks.md', title: 'Talks in Geneva', published: '2022-01-11', text: TEXT, markup,
});

describe('a Markdown document', () => {
  const timeline = extractTimeline([markdownDoc('markdown')]);

  it('is read as prose: labels without marks, no date from a link target', () => {
    expect(timeline.events.map((e) => [e.date.value, e.label])).toEqual([
      ['1997', 'Founding Act signed'],
      ['2022-01-05', 'Reuters reported NATO'],
      ['2022-01-10', 'Talks ended without deal'],
    ]);
  });

  it('keeps the text as written, and the offsets point into it', () => {
    expect(timeline.documents[0]!.text).toBe(TEXT);
    const sources = timeline.events.flatMap((e) => e.sources);
    expect(sources.map((s) => TEXT.slice(s.mention.start, s.mention.end))).toEqual(['1997', 'January 5', 'Monday']);
    expect(TEXT.slice(sources[2]!.passage.start, sources[2]!.passage.end)).toBe('On Monday the talks **ended** without a deal.');
  });

  it('read as plain text, its marks and link target get in the way', () => {
    const plain = extractTimeline([markdownDoc(null)]);
    expect(plain.events.map((e) => [e.date.value, e.label])).toEqual([
      ['1997', '_Founding Act_ signed'],
      ['2021-12-30', 'NATO rejected plan'],
      ['2022-01-05', 'NATO rejected plan'],
      ['2022-01-10', 'Talks **ended** without deal'],
    ]);
  });
});
