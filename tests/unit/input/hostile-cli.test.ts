/**
 * Issue 7's hostile corpus through the real CLI, run as a process: every bad file is named with its
 * reason in `problems` and on stderr, every good document is read, the sample corpus loses nothing,
 * the exit code is 0; and 1 with a clear message when nothing at all can be read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateTimeline, type Timeline } from '../../../src/schema/timeline';
import { readTimeline } from '../../support/read-timeline';
import { runCli } from '../cli/run-cli';
import { BAD_FILES, GOOD_FILES, SAMPLE_CORPUS, hostileCorpus, hostileOnly } from './hostile-corpus';

const STACK_TRACE = /\n\s+at .+:\d+/;
const sources = (t: Timeline) => new Set(t.events.flatMap((e) => e.sources.map((s) => `${s.document} ${s.mention.start}-${s.mention.end} ${s.mention.text}`)));

describe('sourceline extract over the hostile corpus plus the sample corpus', () => {
  const dir = hostileCorpus();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'out', 'timeline.json');
  const run = runCli(['extract', dir, '--out', out]);
  const timeline = readTimeline(out);
  const sampleOut = path.join(dir, 'sample-only.json');
  runCli(['extract', SAMPLE_CORPUS, '--out', sampleOut]);
  const sampleOnly = readTimeline(sampleOut);

  it('exits 0, prints no stack trace, and writes a timeline that passes the schema', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toBe('');
    expect(validateTimeline(timeline).ok).toBe(true);
  });

  it.each(Object.entries(BAD_FILES))('names %s with its reason in problems and on stderr', (name, reason) => {
    const file = path.join(dir, name);
    const found = timeline.problems.filter((p) => p.file === file && reason.test(p.problem));
    expect(found).toHaveLength(1);
    expect(run.stderr).toContain(`${found[0]!.severity}: ${file}: ${found[0]!.problem}\n`);
  });

  it('reports the impossible sidecar date and the sidecar entry naming a missing file', () => {
    expect(timeline.problems).toContainEqual({
      file: path.join(dir, '2021-04-01-far-dates.txt'),
      problem: 'sources.json gives the date "2022-02-30", which is not a real YYYY-MM-DD day; ignored (trying the next source)',
      severity: 'warning',
    });
    expect(timeline.problems).toContainEqual({
      file: path.join(dir, 'sources.json'),
      problem: `names "missing-article.txt", which is not in ${dir}`,
      severity: 'warning',
    });
  });

  it('reads every good document: the sample corpus and the good hostile files', () => {
    const files = timeline.documents.map((d) => path.basename(d.file)).sort();
    const sampleFiles = sampleOnly.documents.map((d) => path.basename(d.file));
    expect(files).toEqual([...GOOD_FILES, ...sampleFiles].sort());
    const farDates = timeline.documents.find((d) => d.file.endsWith('2021-04-01-far-dates.txt'))!;
    expect([farDates.title, farDates.published, farDates.publishedFrom]).toEqual(['Far dates', '2021-04-01', 'filename']);
  });

  it('keeps every sample event source, and the dates in the good hostile files', () => {
    const all = sources(timeline);
    expect([...sources(sampleOnly)].filter((s) => !all.has(s))).toEqual([]);
    const dated = (id: string) => timeline.events.filter((e) => e.sources.some((s) => s.document === id)).map((e) => e.date.value);
    expect(dated('2021-03-01-long-line')).toContain('2019-05-04');
    expect(dated('broken-front-matter')).toContain('2021-02-12');
    expect(dated('hostile')).toEqual(expect.arrayContaining(['2021-05-05', '2021-06-09']));
  });

  it('keeps the hostile page as inert text: markup written as text stays literal, scripts are gone', () => {
    const page = timeline.documents.find((d) => d.id === 'hostile')!;
    expect(page.title).toBe('Hostile <img src=x onerror=alert(document.domain)> page');
    expect(page.published).toBe('2021-05-07');
    expect(page.text).toContain('The post <script>alert("xss")</script> and <img src=x onerror=alert(1)> appeared on 5 May 2021.');
    expect(page.text).not.toMatch(/head script|body script|svg script|alert\('(link|img|onload|h1|svg)'\)/);
    expect(page.url ?? null).toBe(null);
  });

  it('prints the summary line with the count of files not read', () => {
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^sourceline: 9 documents \(1 without a publication date\), \d+ events.*, \d+ problems \(5 files not read\) → /);
  });
});

describe('sourceline extract when nothing can be read', () => {
  it('exits 1 naming the input and listing each file with its reason, even with --quiet', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-unreadable-'));
    hostileOnly(dir, { huge: false });
    for (const good of GOOD_FILES) rmSync(path.join(dir, good));
    const run = runCli(['extract', dir, '--out', path.join(dir, 't.json'), '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toContain(`error: ${path.join(dir, 'empty.txt')}: skipped: empty file\n`);
    expect(run.stderr).toContain(`error: ${path.join(dir, 'binary.txt')}: skipped: binary content (control or NUL bytes), not text\n`);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`sourceline extract: no document could be read from ${dir} (5 files seen)`);
  }, 60_000);
});

describe('sourceline extract --max-size', () => {
  it('reads a file under the limit, reports one over it, and refuses a malformed size', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-size-'));
    writeFileSync(path.join(dir, '2020-01-01-a.txt'), `A\n${'word '.repeat(300)}\nSigned on 5 March 2020.\n`);
    const small = runCli(['extract', dir, '--out', path.join(dir, 't.json'), '--max-size', '1KB']);
    expect(small.status).toBe(1);
    expect(small.stderr).toContain(`error: ${path.join(dir, '2020-01-01-a.txt')}: skipped: too large (1.5 KB; the limit is 1 KB, see --max-size)\n`);
    expect(runCli(['extract', dir, '--out', path.join(dir, 't.json'), '--max-size', '2kb']).status).toBe(0);
    const bad = runCli(['extract', dir, '--max-size', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-size must be a size such as 20MB, 500KB or a number of bytes, not "lots"');
  }, 120_000);
});
