/**
 * `sources.csv`: the same metadata as sources.json, as a table a journalist can keep in a
 * spreadsheet. A header row names the columns, in any order and case: `file` (required), `title`,
 * `url`, `published` (YYYY-MM-DD), `author`; other columns are ignored.
 *
 *   file,title,url,published,author
 *   geneva-talks.txt,"Talks in Geneva, day one",https://example.org/geneva,2022-01-10,Jane Doe
 */
import type { Problem } from '../../../extract/types';
import type { DocumentMetadata } from '../types';
import { parseCsv } from './csv';
import type { SidecarResult } from './sources-json';

export const SOURCES_CSV = 'sources.csv';
const COLUMNS = ['file', 'title', 'url', 'published', 'author'] as const;

export function parseSourcesCsv(text: string, displayPath: string): SidecarResult {
  const byFile = new Map<string, DocumentMetadata>();
  const problems: Problem[] = [];
  const fail = (problem: string) => problems.push({ file: displayPath, problem, severity: 'warning' });
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const column = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  if (column.file < 0) {
    fail(`has no "file" column in its header row (expected columns: ${COLUMNS.join(',')}); its metadata is ignored`);
    return { byFile, problems };
  }
  rows.forEach((row, i) => {
    const cell = (name: (typeof COLUMNS)[number]) => (column[name] >= 0 ? row[column[name]]?.trim() || undefined : undefined);
    if (row.every((f) => !f.trim())) return;
    const file = cell('file');
    const line = `row ${i + 2}`;
    if (!file) return fail(`${line} has no file name; row ignored`);
    if (byFile.has(file)) return fail(`${line} names "${file}" a second time; row ignored`);
    byFile.set(file, { title: cell('title'), url: cell('url') ?? null, author: cell('author') ?? null, published: cell('published') ?? null });
  });
  return { byFile, problems };
}
