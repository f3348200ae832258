/** Watch mode without the dev server: real files, real `sourceline extract` runs in a child process. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../../src/schema/timeline';
import { watchCorpus, type ExtractRun } from '../../../src/cli/watch/watch-corpus';
import { readTimeline } from '../../support/read-timeline';

describe('watchCorpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-watch-'));
  const data = path.join(dir, 'data');
  const out = path.join(dir, 'timeline.json');
  mkdirSync(data);
  writeFileSync(path.join(data, '2021-01-01-bridge.txt'), 'Bridge\nThe bridge opened on 4 May 2019.\n');
  const runs: ExtractRun[] = [];
  const watcher = watchCorpus({ inputs: [data], out, onRun: (r) => runs.push(r), delayMs: 100 });
  const timeline = (): Timeline => readTimeline(out);
  /** Waits for the next extraction after a change. */
  const nextRun = async (count: number) => {
    for (let i = 0; i < 1100 && runs.length < count; i++) await new Promise((r) => setTimeout(r, 100));
    await watcher.idle();
    return runs.at(-1)!;
  };
  afterAll(() => {
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('extracts once at start', async () => {
    await watcher.ready;
    expect(runs.map((r) => [r.ok, r.changed])).toEqual([[true, null]]);
    expect(timeline().documents.map((d) => d.title)).toEqual(['Bridge']);
  }, 120_000);

  it('re-extracts when a file is added, naming it', async () => {
    const ferry = path.join(data, '2021-01-02-ferry.txt');
    writeFileSync(ferry, 'Ferry\nThe ferry sank on 3 June 2018.\n');
    const run = await nextRun(2);
    expect([run.ok, run.changed]).toEqual([true, ferry]);
    expect(timeline().documents.map((d) => d.title)).toEqual(['Bridge', 'Ferry']);
  }, 120_000);

  it('a file that turns bad mid-edit becomes a problem, and the rest is still extracted', async () => {
    writeFileSync(path.join(data, '2021-01-02-ferry.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const run = await nextRun(runs.length + 1);
    expect(run.ok).toBe(true);
    expect(run.output).toContain(`error: ${path.join(data, '2021-01-02-ferry.txt')}: skipped: binary content (control or NUL bytes), not text`);
    expect(timeline().documents.map((d) => d.title)).toEqual(['Bridge']);
    expect(timeline().problems.map((p) => p.problem)).toEqual(['skipped: binary content (control or NUL bytes), not text']);
  }, 120_000);

  it('when nothing can be read, the run fails with the reason and the previous timeline stays', async () => {
    const before = readFileSync(out, 'utf8');
    unlinkSync(path.join(data, '2021-01-01-bridge.txt'));
    const run = await nextRun(runs.length + 1);
    expect(run.ok).toBe(false);
    expect(run.output).toContain('no document could be read');
    expect(run.output).not.toMatch(/\n\s+at .+:\d+/);
    expect(readFileSync(out, 'utf8')).toBe(before);
  }, 120_000);
});
