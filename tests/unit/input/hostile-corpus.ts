/**
 * The hostile corpus of issue 7, generated at test time in a temp folder: every kind of bad file
 * a reporter's folder may hold, next to good documents that must still be read. Shared by the CLI
 * test (tests/unit/input) and the browser test (tests/e2e/hostile.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SAMPLE_CORPUS = path.resolve('data');

/** Visible, literal hostile text the viewer must show as text. */
export const HOSTILE_SENTENCE = 'The post <script>alert("xss")</script> and <img src=x onerror=alert(1)> appeared on 5 May 2021.';

export const HOSTILE_HTML = `<!doctype html>
<html><head><meta charset="utf-8">
<title>Hostile &lt;img src=x onerror=alert(document.domain)&gt; page</title>
<meta property="article:published_time" content="2021-05-07T10:00:00Z">
<script>alert('head script')</script>
<script src="https://evil.example/x.js"></script>
<link rel="stylesheet" href="https://evil.example/x.css">
<meta http-equiv="refresh" content="0; url=https://evil.example/">
</head>
<body onload="alert('onload')">
<article>
<h1 onclick="alert('h1')">Hostile page</h1>
<p>${HOSTILE_SENTENCE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>
<p>Click <a href="javascript:alert('link')">this javascript: link</a> or <a href="https://evil.example/">this one</a>; the archive moved on 9 June 2021.</p>
<p><img src="https://evil.example/pixel.gif" onerror="alert('img')"><iframe src="https://evil.example/frame"></iframe><svg onload="alert('svg')"><script>alert('svg script')</script></svg></p>
<script>alert('body script')</script>
<object data="https://evil.example/x.swf"></object>
<p>A longer paragraph so that the page reads as an article: the editors wrote that the forum had been attacked several times since its launch in 2015, and that moderators removed the posts within hours.</p>
</article>
</body></html>`;

/** The bad files, by name, and the start of the reason each must be reported with. */
export const BAD_FILES: Record<string, RegExp> = {
  'binary.txt': /^skipped: binary content \(control or NUL bytes\), not text$/,
  'empty.txt': /^skipped: empty file$/,
  'whitespace.txt': /^skipped: only whitespace, no text$/,
  'huge.txt': /^skipped: too large \(50 MB; the limit is 10 MB, see --max-size\)$/,
  'invalid-utf8.txt': /^(skipped: )?not (valid )?UTF-8/,
  'broken-front-matter.md': /^front matter is not valid YAML \(line \d+: .+\); its metadata is ignored$/,
  'photo.jpg': /^skipped: "\.jpg" files are not read/,
};

/** Good documents that must be read besides the sample corpus. */
export const GOOD_FILES = ['2021-03-01-long-line.txt', '2021-04-01-far-dates.txt', 'hostile.html', 'broken-front-matter.md'];

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

function writeHuge(file: string, bytes: number): void {
  const chunk = Buffer.from('The committee met again on 3 March 2020 and adjourned without a vote. '.repeat(15000));
  const fd = openSync(file, 'w');
  for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
  closeSync(fd);
}

export function hostileOnly(dir: string, { huge = true }: { huge?: boolean } = {}): void {
  const write = (name: string, content: string | Uint8Array) => writeFileSync(path.join(dir, name), content);
  write('binary.txt', PNG);
  write('photo.jpg', PNG);
  write('empty.txt', '');
  write('whitespace.txt', ' \r\n\t\n   \n');
  if (huge) writeHuge(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
  write('invalid-utf8.txt', Uint8Array.from([...Buffer.from('Vote\n'), 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0x28, 0xff, 0xfe, 0xfd]));
  write('2021-03-01-long-line.txt', `Long line\n${'x'.repeat(1024 * 1024)}\nThe bridge reopened on 4 May 2019 after repairs.\n`);
  write('2021-04-01-far-dates.txt', 'Far dates\n\nThe capsule is to be opened in the year 9999. The city was founded around 300 BC, historians say.\n');
  write('broken-front-matter.md', '---\ntitle: [unclosed\npublished: 2021-02-02\n---\nThe museum reopened on 12 February 2021.\n');
  write('hostile.html', HOSTILE_HTML);
  write('sources.json', JSON.stringify({
    documents: [
      { file: 'missing-article.txt', title: 'Gone', published: '2021-01-01' },
      { file: '2021-04-01-far-dates.txt', title: 'Far dates', published: '2022-02-30' },
    ],
  }));
}

/** A temp folder with the hostile files at its top and a copy of the sample corpus in `sample/`. */
export function hostileCorpus(options: { huge?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-hostile-'));
  hostileOnly(dir, options);
  mkdirSync(path.join(dir, 'sample'));
  cpSync(SAMPLE_CORPUS, path.join(dir, 'sample'), { recursive: true });
  return dir;
}
