import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildOembed, parseBaseUrl } from '../../../src/cli/oembed';
import { TIMELINE_SCHEMA, type Timeline } from '../../../src/schema/timeline';

const timeline = (titles: string[]): Timeline => ({
  schema: TIMELINE_SCHEMA,
  documents: titles.map((title, i) => ({ id: `d${i}`, file: `d${i}.txt`, title, published: '2022-01-11' })),
  events: [],
  unresolved: [],
  problems: [],
});

describe('parseBaseUrl', () => {
  it('takes a folder (adding the slash) or a page', () => {
    expect(parseBaseUrl('https://example.org/russia').href).toBe('https://example.org/russia/');
    expect(parseBaseUrl('https://example.org/russia/').href).toBe('https://example.org/russia/');
    expect(parseBaseUrl('https://example.org/russia/index.html').href).toBe('https://example.org/russia/index.html');
  });
  it('refuses non-URLs, other schemes, queries and fragments with a clear message', () => {
    expect(() => parseBaseUrl('example.org')).toThrow('--base-url example.org is not a URL; give the public address of the published folder, e.g. https://example.org/timeline/');
    expect(() => parseBaseUrl('ftp://example.org/')).toThrow('--base-url ftp://example.org/ must be an http(s) URL');
    expect(() => parseBaseUrl('https://example.org/?a=1')).toThrow('--base-url https://example.org/?a=1 must not have a query or a fragment');
  });
});

describe('buildOembed', () => {
  it('answers a rich oEmbed with the snippet at the public URL', () => {
    expect(buildOembed(new URL('https://example.org/tl/'), timeline(['A', 'B']), 'public/timeline.json')).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'Sourceline timeline of 2 documents',
      provider_name: 'Sourceline',
      html:
        '<iframe src="https://example.org/tl/?embed=1" title="Sourceline timeline of 2 documents" width="100%" height="600"' +
        ' style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-sourceline></iframe>\n' +
        '<script src="https://example.org/tl/embed.js" async></script>',
      width: 800,
      height: 600,
    });
  });
  it('names a non-default timeline file in src and uses a single document title', () => {
    const answer = buildOembed(new URL('https://example.org/tl/page.html'), timeline(['Talks in "Geneva"']), 'out/russia.json');
    expect(answer.title).toBe('Sourceline timeline: Talks in "Geneva"');
    expect(answer.html).toBe(
      '<iframe src="https://example.org/tl/page.html?embed=1&amp;src=russia.json" title="Sourceline timeline: Talks in &quot;Geneva&quot;" width="100%" height="600"' +
        ' style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-sourceline></iframe>\n' +
        '<script src="https://example.org/tl/embed.js" async></script>',
    );
  });
});

describe('sourceline extract --base-url', () => {
  const run = (args: string[]) =>
    promisify(execFile)('node', ['bin/sourceline.js', 'extract', ...args], { env: { ...process.env, TZ: 'UTC' } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('writes oembed.json beside the timeline', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sourceline-oembed-'));
    await writeFile(path.join(dir, '2022-01-11-talks.txt'), 'Talks begin in Geneva on January 10.\n');
    const out = path.join(dir, 'site', 'timeline.json');
    const result = await run([dir, '--out', out, '--base-url', 'https://example.org/talks']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`oEmbed for https://example.org/talks/ → ${path.join(dir, 'site', 'oembed.json')}\n`);
    const answer = JSON.parse(await readFile(path.join(dir, 'site', 'oembed.json'), 'utf8'));
    expect(answer.html).toContain('src="https://example.org/talks/?embed=1"');
    expect(answer.type).toBe('rich');
  });

  it('fails with usage exit code 2 on a bad base URL, before reading anything', async () => {
    const result = await run(['data', '--out', '/nonexistent/x.json', '--base-url', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('sourceline extract: --base-url nope is not a URL; give the public address of the published folder, e.g. https://example.org/timeline/');
  });
});
