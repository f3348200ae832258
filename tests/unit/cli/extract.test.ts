import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../src/schema/timeline';
import { readTimeline } from '../../support/read-timeline';
import { runCli } from './run-cli';

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-extract-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const SIDECAR = JSON.stringify({
  documents: [{ file: 'treaty.txt', title: 'Treaty signed', url: 'https://example.org/treaty', published: '2020-03-10' }],
});

describe('sourceline extract', () => {
  const dir = corpus({
    'sources.json': SIDECAR,
    'treaty.txt': 'Treaty news\n\nThe treaty was signed on 5 March 2020 in Vienna.\n',
    '2021-05-04-summit.txt': 'Summit report\n\nLeaders met in Oslo on Monday to discuss trade.\n',
    'undated.txt': 'Old notes\n\nThe alliance was founded in 1997. Talks resumed on Monday.\n',
  });
  const out = path.join(dir, 'out', 'timeline.json');
  const run = runCli(['extract', dir, '--out', out], dir);
  const timeline = readTimeline(out);

  it('exits 0 and writes a timeline that passes the schema', () => {
    expect(run.status).toBe(0);
    expect(validateTimeline(timeline).ok).toBe(true);
  });

  it('takes publication dates from sources.json, then from the file name, else flags the document', () => {
    expect(
      timeline.documents.map(({ id, title, published, publishedFrom, url, flags }) => ({ id, title, published, publishedFrom, url, flags })),
    ).toEqual([
      { id: '2021-05-04-summit', title: 'Summit report', published: '2021-05-04', publishedFrom: 'filename', url: null, flags: [] },
      { id: 'treaty', title: 'Treaty signed', published: '2020-03-10', publishedFrom: 'metadata', url: 'https://example.org/treaty', flags: [] },
      { id: 'undated', title: 'Old notes', published: null, publishedFrom: null, url: null, flags: ['no-publication-date'] },
    ]);
  });

  it('resolves a weekday against the file-name date', () => {
    const summit = timeline.events.filter((e) => e.sources.some((s) => s.document === '2021-05-04-summit'));
    expect(summit.map((e) => e.date.value)).toEqual(['2021-05-03']);
  });

  it('keeps absolute dates of an undated document and lists its relative ones as unresolved', () => {
    const undated = timeline.events.filter((e) => e.sources.some((s) => s.document === 'undated'));
    expect(undated.map((e) => [e.date.value, e.date.precision])).toEqual([['1997', 'year']]);
    expect(timeline.unresolved.map((u) => [u.document, u.mention.text.replace(/^on /, '')])).toEqual([['undated', 'Monday']]);
  });

  it('keeps exact offsets: each mention is the text at its offsets', () => {
    const texts = new Map(timeline.documents.map((d) => [d.id, d.text ?? '']));
    for (const e of timeline.events)
      for (const s of e.sources) {
        const text = texts.get(s.document)!;
        expect(text.slice(s.mention.start, s.mention.end)).toBe(s.mention.text);
        expect(s.passage.start <= s.mention.start && s.mention.end <= s.passage.end).toBe(true);
      }
  });

  it('prints a summary line naming documents, events, unresolved mentions and problems', () => {
    const last = run.stderr.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^sourceline: 3 documents \(1 without a publication date\), \d+ events?( \(\d+ told by several passages\))?, 1 unresolved mention, 1 problem → /);
    expect(last.endsWith(out)).toBe(true);
  });

  it('names the undated document among the warnings', () => {
    expect(run.stderr).toContain(`warning: ${path.join(dir, 'undated.txt')}: no publication date`);
  });
});

describe('sourceline extract --format', () => {
  const dir = corpus({ '2021-05-04-summit.txt': 'Summit report\n\nLeaders met in Oslo on Monday to discuss trade.\n' });
  const outDir = mkdtempSync(path.join(tmpdir(), 'sourceline-format-'));
  const written = (format: string[]) => {
    const out = path.join(outDir, `timeline-${format.join('') || 'default'}.json`);
    expect(runCli(['extract', dir, '--out', out, '--quiet', ...format], dir).status).toBe(0);
    return { raw: JSON.parse(readFileSync(out, 'utf8')) as { schema: string; events: unknown }, timeline: readTimeline(out) };
  };

  it('writes the rows form (timeline@2) by default and the object form (timeline@1) on request, the same timeline', () => {
    const rows = written([]);
    const objects = written(['--format', 'objects']);
    expect(rows.raw.schema).toBe('sourceline/timeline@2');
    expect(rows.raw.events).toEqual({
      columns: ['id', 'label', 'value', 'start', 'end', 'precision', 'approximate', 'salience', 'sources'],
      sourceColumns: ['document', 'passageStart', 'passageEnd', 'mentionStart', 'mentionEnd', 'mentionText', 'rule', 'comment'],
      rows: [[rows.timeline.events[0]!.id, rows.timeline.events[0]!.label, '2021-05-03', '2021-05-03', '2021-05-04', 'day', 0, rows.timeline.events[0]!.salience, [[0, 15, 62, 38, 44, 'Monday', 'tense:chrono']]]],
    });
    expect(objects.raw.schema).toBe('sourceline/timeline@1');
    expect({ ...objects.timeline, generated: '' }).toEqual({ ...rows.timeline, generated: '' });
    expect(written(['--format', 'rows']).raw.schema).toBe('sourceline/timeline@2');
  });

  it('exits 2 on an unknown format, naming the two it knows', () => {
    const r = runCli(['extract', dir, '--out', path.join(dir, 'x.json'), '--format', 'csv'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sourceline extract: --format must be rows or objects, not "csv"');
  });
});

describe('sourceline extract when nothing can be read', () => {
  it('exits 1 with a message naming the input', () => {
    const dir = corpus({ 'picture.png': 'not really a png' });
    const r = runCli(['extract', dir, '--out', path.join(dir, 't.json')], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`no document could be read from ${dir}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when the path does not exist', () => {
    const r = runCli(['extract', '/nonexistent/sourceline', '--out', '/tmp/sourceline-never.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/sourceline: cannot read: ENOENT');
  });
});
