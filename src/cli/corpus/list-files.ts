/**
 * The files under the paths a user gave, in a stable order (folders walked depth-first, names
 * sorted by code unit). Hidden files and folders (`.git`, editor swap files) and `node_modules`
 * are not documents and are passed over silently.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../extract/types';

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  ENOTDIR: 'not a folder',
};

/** `ENOENT (no such file or folder)`: the code people search for, and words they can read. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code) return error instanceof Error ? error.message : String(error);
  return ERRNO_WORDS[code] ? `${code} (${ERRNO_WORDS[code]})` : code;
}

async function walk(p: string, out: string[], problems: Problem[], seenDirs: Set<string>): Promise<void> {
  let info;
  try {
    info = await stat(p);
  } catch (error) {
    problems.push({ file: p, problem: `cannot read: ${describeFsError(error)}`, severity: 'error' });
    return;
  }
  if (info.isFile()) return void out.push(p);
  if (!info.isDirectory()) {
    problems.push({ file: p, problem: 'skipped: not a regular file or folder', severity: 'warning' });
    return;
  }
  let entries;
  try {
    // A symbolic link back to a folder already walked would otherwise repeat it without end.
    const real = await realpath(p);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    entries = await readdir(p, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: p, problem: `cannot read folder: ${describeFsError(error)}`, severity: 'error' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    await walk(path.join(p, e.name), out, problems, seenDirs);
  }
}

export async function listFiles(inputs: string[], problems: Problem[]): Promise<string[]> {
  const files: string[] = [];
  const seenDirs = new Set<string>();
  for (const input of inputs) await walk(input, files, problems, seenDirs);
  return [...new Set(files)];
}
