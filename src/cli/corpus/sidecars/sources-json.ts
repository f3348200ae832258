/**
 * `sources.json`: the hand-editable metadata sidecar of a folder. Shape:
 *   { "documents": [ { "file": "a.txt", "title": "...", "url": "...", "published": "YYYY-MM-DD" } ] }
 * `file` is relative to the folder holding sources.json. Unknown fields are ignored.
 */
import type { Problem } from '../../../extract/types';
import type { DocumentMetadata } from '../types';

export const SOURCES_JSON = 'sources.json';

export interface SidecarResult {
  byFile: Map<string, DocumentMetadata>;
  problems: Problem[];
}

const optionalString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function parseSourcesJson(text: string, displayPath: string): SidecarResult {
  const byFile = new Map<string, DocumentMetadata>();
  const problems: Problem[] = [];
  const fail = (problem: string) => problems.push({ file: displayPath, problem, severity: 'warning' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`not valid JSON (${(error as Error).message}); its metadata is ignored`);
    return { byFile, problems };
  }
  const list = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(list)) {
    fail('has no "documents" array; its metadata is ignored');
    return { byFile, problems };
  }
  list.forEach((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const file = optionalString(e.file);
    if (!file) return fail(`documents[${i}] has no "file"; entry ignored`);
    if (byFile.has(file)) return fail(`documents[${i}] names "${file}" a second time; entry ignored`);
    byFile.set(file, {
      title: optionalString(e.title),
      url: optionalString(e.url) ?? null,
      author: optionalString(e.author) ?? null,
      published: optionalString(e.published) ?? null,
    });
  });
  return { byFile, problems };
}
