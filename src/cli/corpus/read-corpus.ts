/**
 * Reads documents from files and folders: decodes them, attaches sidecar metadata and a
 * publication date, and reports every file it cannot use as a problem instead of throwing.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem, SourceDocument } from '../../extract/types';
import { isRealDay } from '../reference-arg';
import { decodeText } from './decode-text';
import { SOURCES_JSON, parseSourcesJson } from './sources-json';
import type { Corpus, DocumentMetadata } from './types';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const IGNORED_NAMES = new Set([SOURCES_JSON, '.DS_Store', 'Thumbs.db']);
const FILENAME_DATE = /^(\d{4}-\d{2}-\d{2})[-_ ]/;
const MAX_TITLE = 200;

export interface ReadOptions {
  /** Called after each file, for progress output. */
  onFile?: (done: number, total: number) => void;
}

async function listFiles(p: string, out: string[], problems: Problem[], root: string): Promise<void> {
  let info;
  try {
    info = await stat(p);
  } catch (error) {
    problems.push({ file: p, problem: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, severity: 'error' });
    return;
  }
  if (info.isFile()) return void out.push(p);
  if (!info.isDirectory()) return;
  const entries = await readdir(p, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    await listFiles(path.join(p, e.name), out, problems, root);
  }
}

async function loadSidecar(dir: string, cache: Map<string, Map<string, DocumentMetadata>>, problems: Problem[]) {
  const cached = cache.get(dir);
  if (cached) return cached;
  const file = path.join(dir, SOURCES_JSON);
  let byFile = new Map<string, DocumentMetadata>();
  try {
    const result = parseSourcesJson(await readFile(file, 'utf8'), file);
    byFile = result.byFile;
    problems.push(...result.problems);
  } catch {
    // No sidecar in this folder: metadata comes from the file itself.
  }
  cache.set(dir, byFile);
  return byFile;
}

function titleFrom(text: string, file: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim())?.trim();
  return first && first.length <= MAX_TITLE ? first : path.basename(file, path.extname(file));
}

function publication(meta: DocumentMetadata | undefined, file: string, problems: Problem[]) {
  if (meta?.published) {
    if (isRealDay(meta.published)) return { published: meta.published, from: 'metadata' as const };
    problems.push({ file, problem: `metadata date "${meta.published}" is not a real YYYY-MM-DD day; ignored`, severity: 'warning' });
  }
  const m = FILENAME_DATE.exec(path.basename(file));
  if (m && isRealDay(m[1]!)) return { published: m[1]!, from: 'filename' as const };
  return { published: null, from: null };
}

function uniqueId(file: string, used: Set<string>): string {
  const base = file.replace(/\.[^./]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'doc';
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}

export async function readCorpus(inputs: string[], options: ReadOptions = {}): Promise<Corpus> {
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const input of inputs) await listFiles(input, files, problems, input);
  const candidates = files.filter((f) => !IGNORED_NAMES.has(path.basename(f)));
  const sidecars = new Map<string, Map<string, DocumentMetadata>>();
  const documents: SourceDocument[] = [];
  const ids = new Set<string>();
  for (const [i, file] of candidates.entries()) {
    options.onFile?.(i + 1, candidates.length);
    const ext = path.extname(file).toLowerCase();
    if (!TEXT_EXTENSIONS.has(ext)) {
      problems.push({ file, problem: `skipped: "${ext || 'no extension'}" is not a supported format (.txt)`, severity: 'warning' });
      continue;
    }
    const decoded = decodeText(new Uint8Array(await readFile(file)));
    if (!decoded.ok) {
      problems.push({ file, problem: `skipped: ${decoded.reason}`, severity: 'warning' });
      continue;
    }
    const meta = (await loadSidecar(path.dirname(file), sidecars, problems)).get(path.basename(file));
    const { published, from } = publication(meta, file, problems);
    if (!published) problems.push({ file, problem: 'no publication date (metadata or YYYY-MM-DD- file name); relative dates left unresolved', severity: 'warning' });
    documents.push({
      id: uniqueId(path.basename(file), ids),
      file: path.relative(process.cwd(), file) || file,
      title: meta?.title ?? titleFrom(decoded.text, file),
      published,
      publishedFrom: from,
      url: meta?.url ?? null,
      author: meta?.author ?? null,
      text: decoded.text,
    });
  }
  for (const [dir, byFile] of sidecars)
    for (const name of byFile.keys())
      if (!candidates.includes(path.join(dir, name)))
        problems.push({ file: path.join(dir, SOURCES_JSON), problem: `names "${name}", which is not in ${dir}`, severity: 'warning' });
  return { documents, problems, filesSeen: candidates.length };
}
