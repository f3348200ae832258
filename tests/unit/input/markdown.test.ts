import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/cli/corpus/formats/front-matter';
import { markdown } from '../../../src/cli/corpus/formats/markdown';

const read = (text: string) => markdown.read(new TextEncoder().encode(text));

describe('splitFrontMatter', () => {
  it('finds the YAML between the fences and where the body starts, LF or CRLF', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\nBody')).toEqual({ yaml: 'title: A\n', bodyStart: 17 });
    expect(splitFrontMatter('---\r\ntitle: A\r\n...\r\nBody')).toEqual({ yaml: 'title: A\r\n', bodyStart: 20 });
    expect(splitFrontMatter('\uFEFF---\ntitle: A\n---')).toEqual({ yaml: 'title: A\n', bodyStart: 17 });
  });

  it('does not take a rule in the text, a fence not on the first line, or "----" for front matter', () => {
    expect(splitFrontMatter('Intro\n---\ntitle: A\n---\n')).toEqual({ yaml: null, bodyStart: 0 });
    expect(splitFrontMatter('----\ntitle: A\n----\n')).toEqual({ yaml: null, bodyStart: 0 });
    expect(splitFrontMatter('--- title: A\n---\n')).toEqual({ yaml: null, bodyStart: 0 });
  });

  it('reports a front matter that never closes', () => {
    expect(splitFrontMatter('---\ntitle: A\nBody text\n')).toEqual({ yaml: null, bodyStart: 0, unclosed: true });
  });
});

describe('Markdown format', () => {
  it('reads title, url, published and author from front matter; the text is the body exactly as written', () => {
    const file = '---\ntitle: "Talks: day one"\nurl: https://example.org/a\npublished: 2022-01-11\nauthor: [Jane Doe, John Roe]\n---\n# Talks\r\n\r\nDiplomats met on Monday.\n';
    const r = read(file);
    expect(r).toEqual({
      ok: true,
      text: '# Talks\r\n\r\nDiplomats met on Monday.\n',
      markup: 'markdown',
      meta: {
        title: 'Talks: day one',
        url: 'https://example.org/a',
        author: 'Jane Doe, John Roe',
        published: [{ value: '2022-01-11', from: 'front-matter', where: 'front matter "published"' }],
      },
      notes: [],
    });
    // Offsets count from the body: "Monday" is where the body has it.
    const text = r.ok ? r.text : '';
    expect(text.slice(text.indexOf('Monday'), text.indexOf('Monday') + 6)).toBe('Monday');
    expect(file.indexOf('Monday') - text.indexOf('Monday')).toBe(file.indexOf('# Talks'));
  });

  it('accepts "date" (Jekyll, Hugo) when there is no "published", and a date-time', () => {
    const r = read('---\ndate: 2021-03-04T10:00:00+01:00\n---\nText.\n');
    expect(r.ok && r.meta.published).toEqual([{ value: '2021-03-04T10:00:00+01:00', from: 'front-matter', where: 'front matter "date"' }]);
  });

  it('without front matter: the whole file, titled by its first heading read as prose', () => {
    expect(read('\n## The *treaty* ##\n\nSigned in 1997.\n')).toEqual({
      ok: true,
      text: '\n## The *treaty* ##\n\nSigned in 1997.\n',
      markup: 'markdown',
      meta: { title: 'The treaty', url: undefined, author: undefined, published: [] },
      notes: [],
    });
  });

  it('broken YAML: the body is still read, the metadata ignored with the line and the reason', () => {
    const r = read('---\ntitle: [unclosed\npublished: 2022-01-11\n---\nBody on 5 March 2020.\n');
    expect(r.ok && r.text).toBe('Body on 5 March 2020.\n');
    expect(r.ok && r.meta.published).toEqual([]);
    expect(r.ok && r.notes).toEqual([
      'front matter is not valid YAML (line 3: Flow sequence in block collection must be sufficiently indented and end with a ]); its metadata is ignored',
    ]);
  });

  it('front matter that is not key: value fields, or that never closes, is reported and nothing is lost', () => {
    const list = read('---\n- a\n- b\n---\nText.\n');
    expect(list.ok && [list.text, list.notes]).toEqual(['Text.\n', ['front matter is not a list of "key: value" fields; its metadata is ignored']]);
    const open = read('---\ntitle: A\nText on 5 March 2020.\n');
    expect(open.ok && [open.text, open.notes]).toEqual([
      '---\ntitle: A\nText on 5 March 2020.\n',
      ['front matter opened with "---" is never closed; the whole file is read as the text'],
    ]);
  });

  it('a file that is only front matter has no text', () => {
    expect(read('---\ntitle: A\n---\n\n  \n')).toEqual({ ok: false, reason: 'front matter only, no text after it' });
  });
});
