import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-tag-'));
const file = path.join(dir, 'a.txt');
writeFileSync(file, 'Nothing dated here.\n');

describe('sourceline tag: arguments', () => {
  it('requires --ref', () => {
    const r = runCli(['tag', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sourceline tag: --ref DATE is required (YYYY-MM-DD or an ISO date-time)');
  });

  it('rejects an impossible reference day', () => {
    const r = runCli(['tag', '--ref', '2022-02-30', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sourceline tag: --ref 2022-02-30 is not a real calendar day');
  });

  it('rejects a reference that is not a date', () => {
    const r = runCli(['tag', '--ref', 'yesterday', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sourceline tag: --ref must be YYYY-MM-DD or an ISO date-time, not "yesterday"');
  });

  it('accepts an ISO date-time with an offset', () => {
    const r = runCli(['tag', '--ref', '2022-01-11T09:30:00+01:00', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('names a missing file and exits 1', () => {
    const missing = path.join(dir, 'missing.txt');
    const r = runCli(['tag', '--ref', '2022-01-11', missing]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`sourceline tag: cannot read ${missing}: ENOENT`);
  });

  it('wants exactly one file', () => {
    const r = runCli(['tag', '--ref', '2022-01-11', file, file]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sourceline tag: give exactly one FILE');
  });
});

describe('sourceline tag: what it refuses', () => {
  it('names a binary file and exits 1 without a stack trace', () => {
    const bin = path.join(dir, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const r = runCli(['tag', '--ref', '2022-01-11', bin]);
    expect(r.status).toBe(1);
    expect(r.stderr.startsWith(`sourceline tag: cannot tag ${bin}: `)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
