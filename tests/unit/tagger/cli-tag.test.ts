/** `sourceline tag`, run as a process, prints exactly the tagger's mentions. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tag } from './support';

const FILE = 'data/2022-01-11-biden-regime-rejects-russias-security-demands.txt';

describe('sourceline tag', () => {
  it('prints {start, end, text, type, value} of every mention tagDates finds', () => {
    const run = spawnSync(process.execPath, [path.resolve('bin/sourceline.js'), 'tag', '--ref', '2022-01-11', FILE], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(run.status, run.stderr).toBe(0);
    const expected = tag(readFileSync(FILE, 'utf8'), '2022-01-11').map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
    expect(expected.length).toBeGreaterThan(5);
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });
});
