import { describe, expect, it } from 'vitest';
import { markdownProse } from '../../../src/extract/segment/markdown-prose';

/** The prose with runs of spaces squeezed, to state what a reader of it sees. */
const words = (s: string) => s.replace(/[ \t]+/g, ' ').trim();

describe('markdownProse', () => {
  it('keeps the length and every line break, so offsets into the prose are offsets into the text', () => {
    const text = '# Talks\r\n\r\nOn **Monday** the [talks](https://x.org/2022/01/10/) ended.\n\n> In 1997 `NATO` signed.\n';
    const prose = markdownProse(text);
    expect(prose).toHaveLength(text.length);
    expect([...prose].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0)).toEqual(
      [...text].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0),
    );
    expect(prose.indexOf('Monday')).toBe(text.indexOf('Monday'));
  });

  it.each([
    ['On **Monday** the talks _ended_.', 'On Monday the talks ended .'],
    ['[Reuters](https://reuters.com/2022/01/10/x "Reuters") reported it.', 'Reuters reported it.'],
    ['See [the report][1] and ![a chart](chart.png) here.', 'See the report and here.'],
    ['### Geneva talks ###', 'Geneva talks'],
    ['> > In 1997, the Act was signed.', 'In 1997, the Act was signed.'],
    ['- On January 5, NATO met.', 'On January 5, NATO met.'],
    ['* ~~Tuesday~~ Wednesday', 'Tuesday Wednesday'],
    ['Run `npm start` <br/> or visit <https://x.org>.', 'Run npm start or visit .'],
    ['a snake_case_name and 5\\*3', 'a snake_case_name and 5 3'],
    ['| 1997 | Founding Act |', '1997 Founding Act'],
    ['1. First item stays numbered', '1. First item stays numbered'],
  ])('%s', (text, expected) => expect(words(markdownProse(text))).toBe(expected));

  it('blanks lines that hold no prose: code blocks, rules, link definitions, table rules', () => {
    const text = 'Before.\n```js\nconst d = "2022-01-10";\n```\n---\n[1]: https://x.org/2022/\n| --- | :-: |\nAfter.';
    expect(markdownProse(text).split('\n').map(words)).toEqual(['Before.', '', '', '', '', '', '', 'After.']);
  });

  it('reads long lines of unclosed brackets without rescanning the line from each of them', () => {
    // Quadratic before the runs between brackets were bounded: 100 KB of "[a](" took minutes.
    for (const unit of ['[a](', '![', '<a ', '[', '[x][']) {
      const text = unit.repeat(100_000 / unit.length);
      expect(markdownProse(text)).toHaveLength(text.length);
    }
  });
});
