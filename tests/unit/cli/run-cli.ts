/** Runs the real `sourceline` binary as a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve('bin/sourceline.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = process.cwd()): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
