import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/cli/corpus/read-corpus';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-input-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const docs = async (dir: string, maxBytes?: number) => {
  const corpus = await readCorpus([dir], { maxBytes });
  return {
    documents: corpus.documents.map(({ id, title, published, publishedFrom, url, author }) => ({ id, title, published, publishedFrom, url, author })),
    problems: corpus.problems.map((p) => `${p.severity}: ${path.relative(dir, p.file) || '.'}: ${p.problem}`),
  };
};

describe('readCorpus metadata precedence', () => {
  it('sources.json > sources.csv > front matter / HTML meta > file-name prefix, field by field', async () => {
    const dir = folder({
      'sources.json': JSON.stringify({ documents: [{ file: '2020-01-01-a.md', title: 'From JSON', published: '2021-06-01' }] }),
      'sources.csv': 'file,title,url,published,author\n2020-01-01-a.md,From CSV,https://e.org/a,2021-07-01,CSV Author\nb.md,From CSV B,,2021-07-02,\n',
      '2020-01-01-a.md': '---\ntitle: From front matter\npublished: 2021-08-01\nauthor: FM Author\n---\nText on Monday.\n',
      'b.md': '---\ntitle: B front matter\npublished: 2021-08-02\n---\nText.\n',
      '2020-01-03-c.md': '---\ntitle: C\npublished: 2021-08-03\n---\nText.\n',
      '2020-01-04-d.html': '<title>D page</title><meta property="article:published_time" content="2021-08-04T23:00:00-05:00"><p>Text.</p>',
      '2020-01-05-e.txt': 'E first line\nText.\n',
    });
    expect(await docs(dir)).toEqual({
      documents: [
        { id: '2020-01-01-a', title: 'From JSON', published: '2021-06-01', publishedFrom: 'metadata', url: 'https://e.org/a', author: 'CSV Author' },
        { id: '2020-01-03-c', title: 'C', published: '2021-08-03', publishedFrom: 'front-matter', url: null, author: null },
        { id: '2020-01-04-d', title: 'D page', published: '2021-08-04', publishedFrom: 'html-meta', url: null, author: null },
        { id: '2020-01-05-e', title: 'E first line', published: '2020-01-05', publishedFrom: 'filename', url: null, author: null },
        { id: 'b', title: 'From CSV B', published: '2021-07-02', publishedFrom: 'metadata', url: null, author: null },
      ],
      problems: [],
    });
  });

  it('an impossible date in any source is reported with where it came from, and the next source is used', async () => {
    const dir = folder({
      'sources.json': JSON.stringify({ documents: [{ file: '2022-01-05-a.txt', published: '2022-02-30' }, { file: 'b.md', published: '2022-13-01' }] }),
      '2022-01-05-a.txt': 'A\nText.\n',
      'b.md': '---\npublished: 2021-02-29\n---\nText.\n',
    });
    expect(await docs(dir)).toEqual({
      documents: [
        { id: '2022-01-05-a', title: 'A', published: '2022-01-05', publishedFrom: 'filename', url: null, author: null },
        { id: 'b', title: 'Text.', published: null, publishedFrom: null, url: null, author: null },
      ],
      problems: [
        'warning: 2022-01-05-a.txt: sources.json gives the date "2022-02-30", which is not a real YYYY-MM-DD day; ignored (trying the next source)',
        'warning: b.md: sources.json gives the date "2022-13-01", which is not a real YYYY-MM-DD day; ignored (trying the next source)',
        'warning: b.md: front matter "published" gives the date "2021-02-29", which is not a real YYYY-MM-DD day; ignored (no other date source left)',
        'warning: b.md: no publication date (metadata or YYYY-MM-DD- file name); relative dates left unresolved',
      ],
    });
  });

  it('reports a sidecar naming a missing file, and keeps only http(s) urls', async () => {
    const dir = folder({
      'sources.json': JSON.stringify({ documents: [{ file: 'gone.txt', published: '2020-01-01' }, { file: '2020-01-01-a.txt', url: 'javascript:alert(1)' }] }),
      '2020-01-01-a.txt': 'A\n',
    });
    const r = await docs(dir);
    expect(r.documents.map((d) => d.url)).toEqual([null]);
    expect(r.problems).toEqual([
      'warning: 2020-01-01-a.txt: the url in sources.json/.csv "javascript:alert(1)" is not an http(s) address; ignored',
      `warning: sources.json: names "gone.txt", which is not in ${dir}`,
    ]);
  });
});

describe('readCorpus bad files', () => {
  it('names each bad file with its reason and reads the rest', async () => {
    const dir = folder({
      '2020-01-01-good.txt': 'Good\nSigned in 1997.\n',
      'empty.txt': '',
      'blank.md': '  \n\t\n',
      'image.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'big.txt': 'x'.repeat(2048),
      'report.pdf': '%PDF-1.4',
      'README': 'notes',
      '.hidden.txt': 'never listed',
      'sub/2020-01-02-nested.htm': '<p>Nested page.</p>',
    });
    expect(await docs(dir, 1024)).toEqual({
      documents: [
        { id: '2020-01-01-good', title: 'Good', published: '2020-01-01', publishedFrom: 'filename', url: null, author: null },
        { id: '2020-01-02-nested', title: '2020-01-02-nested', published: '2020-01-02', publishedFrom: 'filename', url: null, author: null },
      ],
      problems: [
        'warning: README: skipped: a file without an extension is not read (supported: .txt, .text, .md, .markdown, .html, .htm)',
        'error: big.txt: skipped: too large (2 KB; the limit is 1 KB, see --max-size)',
        'error: blank.md: skipped: only whitespace, no text',
        'error: empty.txt: skipped: empty file',
        'error: image.txt: skipped: binary content (control or NUL bytes), not text',
        'warning: report.pdf: skipped: ".pdf" files are not read (supported: .txt, .text, .md, .markdown, .html, .htm)',
      ],
    });
  });
});

describe('readCorpus folders', () => {
  it('walks a folder once even when a symbolic link points back to it', async () => {
    const dir = folder({ 'sub/2020-01-01-a.txt': 'A\n' });
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    expect(await docs(dir)).toEqual({
      documents: [{ id: '2020-01-01-a', title: 'A', published: '2020-01-01', publishedFrom: 'filename', url: null, author: null }],
      problems: [],
    });
  });
});
