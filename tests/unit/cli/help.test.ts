import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('sourceline help and usage', () => {
  it('--help lists both commands and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('sourceline extract [PATHS...] [--out FILE]');
    expect(r.stdout).toContain('sourceline tag --ref DATE FILE');
  });

  it.each([
    ['extract', 'Usage: sourceline extract [PATHS...] [--out FILE]'],
    ['tag', 'Usage: sourceline tag --ref DATE'],
  ])('%s --help prints that command’s usage', (command, usage) => {
    const r = runCli([command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(usage)).toBe(true);
  });

  it('an unknown command exits 2 naming it', () => {
    const r = runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sourceline: unknown command "frobnicate"');
  });

  it('an unknown option exits 2 with the command’s help, no stack trace', () => {
    const r = runCli(['extract', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    expect(r.stderr).toContain('Usage: sourceline extract');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
