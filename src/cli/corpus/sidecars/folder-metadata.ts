/**
 * The sidecar metadata of one folder: `sources.json` and/or `sources.csv`. When both describe the
 * same file, sources.json wins field by field. Sidecars are decoded like documents (a spreadsheet's
 * BOM or windows-1252 export is fine).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../../extract/types';
import { decodeText } from '../decode-text';
import type { DocumentMetadata } from '../types';
import { SOURCES_CSV, parseSourcesCsv } from './sources-csv';
import { SOURCES_JSON, parseSourcesJson, type SidecarResult } from './sources-json';

export const SIDECAR_NAMES = [SOURCES_JSON, SOURCES_CSV];

const PARSERS: [name: string, parse: (text: string, displayPath: string) => SidecarResult][] = [
  [SOURCES_JSON, parseSourcesJson],
  [SOURCES_CSV, parseSourcesCsv],
];

export interface FolderMetadata {
  byFile: Map<string, DocumentMetadata>;
  /** Which sidecar named each file, for "names a missing file" messages. */
  namedBy: Map<string, string>;
}

async function readSidecar(file: string, problems: Problem[]): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null; // No such sidecar in this folder.
  }
  const decoded = decodeText(new Uint8Array(bytes));
  if (decoded.ok) return decoded.text.replace(/^\uFEFF/, '');
  problems.push({ file, problem: `${decoded.reason}; its metadata is ignored`, severity: 'warning' });
  return null;
}

/** Fields of `over` where set, else of `under`. */
function merge(over: DocumentMetadata, under: DocumentMetadata | undefined): DocumentMetadata {
  if (!under) return over;
  const pick = <K extends keyof DocumentMetadata>(k: K) => over[k] ?? under[k];
  const published = over.published ? over : under;
  return { title: pick('title'), url: pick('url'), author: pick('author'), published: published.published, publishedIn: published.publishedIn };
}

export async function loadFolderMetadata(dir: string, problems: Problem[]): Promise<FolderMetadata> {
  const byFile = new Map<string, DocumentMetadata>();
  const namedBy = new Map<string, string>();
  for (const [name, parse] of PARSERS) {
    const file = path.join(dir, name);
    const text = await readSidecar(file, problems);
    if (text === null) continue;
    const result = parse(text, file);
    problems.push(...result.problems);
    for (const [doc, meta] of result.byFile) {
      const earlier = byFile.get(doc);
      const own = meta.published ? { ...meta, publishedIn: name } : meta;
      byFile.set(doc, earlier ? merge(earlier, own) : own);
      if (!namedBy.has(doc)) namedBy.set(doc, file);
    }
  }
  return { byFile, namedBy };
}
