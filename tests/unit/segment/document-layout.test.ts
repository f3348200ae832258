import { describe, expect, it } from 'vitest';
import { layoutDocument, splitLines } from '../../../src/extract/segment/document-layout';

/** Each block as [kind, text] for exact comparison. */
const blocks = (text: string, title?: string) =>
  layoutDocument(text, title).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('layoutDocument', () => {
  it('finds the title, the body, the comment thread with its chrome, and the page footer', () => {
    const text = [
      'Talks End Without a Deal',
      '',
      'Talks in Geneva ended on Monday.',
      'They will resume in March.',
      '',
      '3 thoughts on “Talks End Without a Deal”',
      '',
      'Jane Doe says:',
      'January 12, 2022 at 3:45 pm',
      'I was there on Monday. Nothing happened.',
      'Reply',
      '',
      'Leave a Reply',
      'You are commenting using your WordPress.com account. Log Out /  Change )',
      'Blog at WordPress.com.',
    ].join('\n');
    expect(blocks(text, 'Talks End Without a Deal')).toEqual([
      ['title', 'Talks End Without a Deal'],
      ['body', 'Talks in Geneva ended on Monday.\nThey will resume in March.'],
      ['chrome', '3 thoughts on “Talks End Without a Deal”'],
      ['chrome', 'Jane Doe says:\nJanuary 12, 2022 at 3:45 pm'],
      ['comment', 'I was there on Monday. Nothing happened.'],
      ['chrome', 'Reply'],
      ['chrome', 'Leave a Reply\nYou are commenting using your WordPress.com account. Log Out /  Change )\nBlog at WordPress.com.'],
    ]);
  });

  it('reads a wire dateline on its own line as chrome that opens the body, not as the title', () => {
    const text = '\n\nWASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton Saturday vowed to hunt down those responsible.\n';
    expect(blocks(text)).toEqual([
      ['chrome', 'WASHINGTON, August 8 (Xinhua) --'],
      ['body', 'President Bill Clinton Saturday vowed to hunt down those responsible.'],
    ]);
    expect(blocks('Headline Here\n\nBUFFALO, N.Y. (AP) _\n\nAbout 500 people attended.\n')).toEqual([
      ['title', 'Headline Here'],
      ['chrome', 'BUFFALO, N.Y. (AP) _'],
      ['body', 'About 500 people attended.'],
    ]);
  });

  it('keeps a dateline that runs into the story, and capitals with no date or agency, as text', () => {
    expect(blocks('Headline\n\nGENEVA (AP) -- Talks ended on Monday.\n').map(([kind]) => kind)).toEqual(['title', 'body']);
    expect(blocks('Headline\n\nThe talks went on.\nBREAKING NEWS\nNATO (2022)\n').map(([kind]) => kind)).toEqual(['title', 'body']);
  });

  it('reads an indented numbered list that runs to the end of the page as comments, one block per item', () => {
    const text = 'Headline\n\nThe article.\n\n  1. First reader, 2008.\n    More from the first.\n\n  2. Second reader.\n';
    expect(blocks(text)).toEqual([
      ['title', 'Headline'],
      ['body', 'The article.'],
      ['comment', '1. First reader, 2008.\n    More from the first.'],
      ['comment', '2. Second reader.'],
    ]);
  });

  it('keeps a numbered list inside the article as body when prose follows it', () => {
    const text = 'Headline\n\nThree demands:\n\n  1. No expansion.\n  2. No bases.\n\nThe talks resume in March.';
    expect(blocks(text).map(([k]) => k)).toEqual(['title', 'body', 'body', 'body']);
  });

  it('treats everything after a footer marker as chrome: share widgets, related posts and their dates', () => {
    const text = 'Body sentence.\n\nShare this:\nTwitter\n\nRelated\n\nEarlier post title\nJanuary 5, 2022\nIn "Politics"';
    expect(blocks(text).map(([k]) => k)).toEqual(['body', 'chrome', 'chrome', 'chrome']);
  });

  it('does not take a first line that reads as a sentence for a title', () => {
    expect(blocks('On Monday, talks began in Geneva.\nThey ended on Tuesday.')[0]).toEqual([
      'body',
      'On Monday, talks began in Geneva.\nThey ended on Tuesday.',
    ]);
  });

  it('reads "Lavrov said:" in an article as prose, and "Jane says:" in comments as a byline', () => {
    const text = 'Headline\n\nOn Monday, talks ended.\n\nLavrov said:\n\n“Nothing was agreed.”\n\n1 comment\n\nJane says:\nI agree.';
    expect(blocks(text).map(([k]) => k)).toEqual(['title', 'body', 'body', 'body', 'chrome', 'chrome', 'comment']);
  });

  it('skips a newsletter box inside an article and reads on', () => {
    const text = 'Headline\n\nTalks began on Monday.\n\nSubscribe to our newsletter\n\nThey ended on Tuesday.';
    expect(blocks(text).map(([k]) => k)).toEqual(['title', 'body', 'chrome', 'body']);
  });

  it('keeps footer words inside a sentence as prose', () => {
    expect(blocks('Headline\n\nShe said she would leave a reply on Monday.')[1]![0]).toBe('body');
  });
});

describe('splitLines', () => {
  it('gives exact offsets with LF, CRLF and a last line without a break', () => {
    const text = 'a\r\nbb\n\nccc';
    expect(splitLines(text).map((l) => [l.start, l.end, text.slice(l.start, l.end)])).toEqual([
      [0, 1, 'a'],
      [3, 5, 'bb'],
      [6, 6, ''],
      [7, 10, 'ccc'],
    ]);
  });
});
