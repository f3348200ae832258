import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../../src/cli/corpus/formats/html-charset';
import { html } from '../../../src/cli/corpus/formats/html';
import { parseHtmlDocument } from '../../../src/cli/corpus/formats/html-document';
import { htmlMetadata } from '../../../src/cli/corpus/formats/html-metadata';
import { htmlText } from '../../../src/cli/corpus/formats/html-text';

const read = (page: string) => html.read(new TextEncoder().encode(page));
const body = (inner: string) => parseHTML(`<!doctype html><html><body>${inner}</body></html>`).document.body;
const head = (inner: string) => parseHTML(`<!doctype html><html><head>${inner}</head><body><p>x</p></body></html>`).document;

const ARTICLE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Geneva talks | News Site</title>
<meta property="og:title" content="Geneva talks end without a deal">
<meta property="article:published_time" content="2022-01-11T08:30:00+01:00">
<link rel="canonical" href="https://news.example.org/geneva">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-12","author":{"@type":"Person","name":"Jane Doe"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Geneva talks end without a deal</h1>
<p>Russian and American diplomats met in Geneva on Monday, January 10, for talks on security guarantees. The meeting lasted   nearly
eight hours, and both delegations described it as frank.</p>
<p>The NATO-Russia Founding Act was signed in <b>1997</b> and set out the rules of the relationship.<br>A second line.</p>
<ul><li>First point</li><li>Second point</li></ul>
<p>Written responses were delivered on January 26, a week after the talks in Geneva had ended.</p>
</article>
<footer>Copyright 2022 News Site. All rights reserved.</footer>
</body></html>`;

describe('HTML format', () => {
  it('extracts the main text with a blank line between paragraphs; offsets refer to this text', () => {
    const r = read(ARTICLE);
    expect(r.ok && r.text).toBe(
      'Russian and American diplomats met in Geneva on Monday, January 10, for talks on security guarantees. The meeting lasted nearly eight hours, and both delegations described it as frank.' +
        '\n\nThe NATO-Russia Founding Act was signed in 1997 and set out the rules of the relationship.\nA second line.' +
        '\n\nFirst point\nSecond point' +
        '\n\nWritten responses were delivered on January 26, a week after the talks in Geneva had ended.',
    );
    const text = r.ok ? r.text : '';
    expect(text.indexOf('January 10')).toBe(56);
    expect(text.slice(56, 66)).toBe('January 10');
  });

  it('takes title, canonical url, author and dates from the page metadata, article:published_time first', () => {
    const r = read(ARTICLE);
    expect(r.ok && r.meta).toEqual({
      title: 'Geneva talks end without a deal',
      url: 'https://news.example.org/geneva',
      author: 'Jane Doe',
      published: [
        { value: '2022-01-11T08:30:00+01:00', from: 'html-meta', where: '<meta property="article:published_time">' },
        { value: '2022-01-12', from: 'html-meta', where: 'JSON-LD "datePublished"' },
      ],
    });
  });

  it('falls back to the whole body when Readability finds no article', () => {
    expect(read('<html><head><title>Short</title></head><body><p>Met on 5 May.</p></body></html>')).toEqual({
      ok: true,
      text: 'Met on 5 May.',
      meta: { title: 'Short', url: undefined, author: undefined, published: [] },
      notes: [],
    });
  });

  it('keeps hostile markup written as text literally and runs nothing', () => {
    const page = `<html><head><title>&lt;img src=x onerror=alert(1)&gt;</title><script>document.title = 'ran'</script></head>
<body><p>The code &lt;script&gt;alert(1)&lt;/script&gt; and onerror=alert(2) were posted on 5 May 2021.</p>
<p><a href="javascript:alert(3)">a javascript: link</a> <img src="x" onerror="alert(4)"></p></body></html>`;
    const r = read(page);
    expect(r.ok && r.text).toBe('The code <script>alert(1)</script> and onerror=alert(2) were posted on 5 May 2021.\n\na javascript: link');
    expect(r.ok && r.meta.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('a page with no text at all is skipped with a reason', () => {
    expect(read('<html><head><script>alert(1)</script></head><body><img src=x></body></html>')).toEqual({
      ok: false,
      reason: 'HTML page with no readable text',
    });
  });

  it('uses the whole page text, saying so, when the page is too big for main-text detection', () => {
    const r = read(`<html><body><nav>Menu</nav>${'<p>Vote on 3 March 2020.</p>'.repeat(50_001)}</body></html>`);
    expect(r.ok && r.notes).toEqual(['more than 50,000 HTML elements: the whole page text is used, menus and footers included']);
    expect(r.ok && r.text.slice(0, 50)).toBe('Menu\n\nVote on 3 March 2020.\n\nVote on 3 March 2020.');
    expect(r.ok && r.text.length).toBe(4 + 50_001 * (2 + 'Vote on 3 March 2020.'.length));
  }, 60_000);

  it('decodes by the charset the page declares', () => {
    const bytes = Uint8Array.from([...'<meta charset="windows-1252"><p>Le caf', 0xe9, ...' ', 0x93, ...'noir', 0x94, ...'</p>'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
    const r = html.read(bytes);
    expect(r.ok && r.text).toBe('Le café “noir”');
  });
});

describe('declaredCharset', () => {
  it('reads <meta charset> and the http-equiv form in the first 1024 bytes only', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(declaredCharset(bytes('<meta charset="ISO-8859-15">'))).toBe('ISO-8859-15');
    expect(declaredCharset(bytes("<META http-equiv='Content-Type' content='text/html; charset=windows-1252'>"))).toBe('windows-1252');
    expect(declaredCharset(bytes(' '.repeat(1024) + '<meta charset="windows-1252">'))).toBe(null);
    expect(declaredCharset(bytes('<p>charset=utf-8</p>'))).toBe(null);
  });
});

describe('htmlMetadata dates', () => {
  const dates = (inner: string) => htmlMetadata(head(inner)).published.map((d) => [d.value, d.where]);

  it('reads JSON-LD in arrays and @graph, ignoring a broken block', () => {
    expect(dates('<script type="application/ld+json">{broken</script><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2020-02-03"}]}</script>')).toEqual([
      ['2020-02-03', 'JSON-LD "datePublished"'],
    ]);
  });

  it('reads <time datetime>, a pubdate one first', () => {
    expect(dates('</head><body><time datetime="2019-01-01">old</time><time pubdate datetime="2020-05-06">x</time>')).toEqual([['2020-05-06', '<time datetime>']]);
    expect(dates('</head><body><time>no datetime</time><time datetime="2019-01-01">x</time>')).toEqual([['2019-01-01', '<time datetime>']]);
    expect(dates('</head><body><aside><time datetime="2019-01-01">x</time></aside><article><time datetime="2020-02-02">y</time></article>')).toEqual([['2020-02-02', '<time datetime>']]);
  });

  it('reads common date metas, case-insensitively', () => {
    expect(dates('<meta name="DC.date.issued" content="2018-07-08"><meta name="date" content="2018-07-09">')).toEqual([
      ['2018-07-09', '<meta name="date">'],
      ['2018-07-08', '<meta name="dc.date.issued">'],
    ]);
  });

  it('finds nothing in a page without dates', () => {
    expect(dates('<meta name="description" content="On 5 May 2020">')).toEqual([]);
  });
});

describe('htmlText', () => {
  it('collapses whitespace inside blocks, keeps <pre>, separates cells, skips hidden, script and style', () => {
    expect(htmlText(body('<div>  a\n  <span>b</span>  </div><pre>x\n  y</pre><table><tr><td>1</td><td>2</td></tr><tr><th>3</th></tr></table><p hidden>gone</p><style>p{}</style><script>x()</script>end'))).toBe(
      'a b\n\nx\n  y\n\n1 2\n3\n\nend',
    );
  });

  it('does not hang on a 1 MB word', () => {
    const word = 'x'.repeat(1024 * 1024);
    expect(htmlText(body(`<p>${word}</p><p>after</p>`))).toBe(`${word}\n\nafter`);
  });
});

describe('parseHtmlDocument', () => {
  const shape = (source: string) => parseHtmlDocument(source).documentElement.outerHTML.replace(/\n/g, '');

  it('puts back the <html>, <head> and <body> a page may omit, as a browser would', () => {
    expect(shape('<p>x</p>')).toBe('<html><head></head><body><p>x</p></body></html>');
    expect(shape('plain words')).toBe('<html><head></head><body>plain words</body></html>');
    expect(shape('\uFEFF<!doctype html><title>T</title>\n<meta name=date content=2020-01-01>\n<p>x</p>')).toBe(
      '<html><head><title>T</title><meta name="date" content="2020-01-01"></head><body><p>x</p></body></html>',
    );
    expect(shape('<html><head><title>t</title></head><p>a</p><body><p>b</p></body><p>c</p></html>')).toBe(
      '<html><head><title>t</title></head><body><p>a</p><p>b</p><p>c</p></body></html>',
    );
  });

  it('leaves a complete page as it is', () => {
    expect(shape('<!doctype html><html><head><title>t</title></head><body><p>a</p></body></html>')).toBe(
      '<html><head><title>t</title></head><body><p>a</p></body></html>',
    );
  });
});
