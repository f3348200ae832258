/**
 * Reads documents from files and folders: picks the format by extension, decodes, attaches
 * metadata (sidecar > the file's own front matter / HTML meta > `YYYY-MM-DD-` file-name prefix),
 * and reports every file it cannot use as a problem naming the file and the reason, never throwing.
 * Memory stays bounded: files are read one at a time, and a file above `maxBytes` is stat'ed,
 * reported, and never read.
 */
import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem, SourceDocument } from '../../extract/types';
import type { DocumentFormat } from './formats/format';
import { SUPPORTED_EXTENSIONS, formatFor } from './formats/formats';
import { describeFsError, listFiles } from './list-files';
import { choosePublication, fileNameDate } from './publication-date';
// The viewer's rule, shared so that what the CLI keeps is exactly what the viewer links.
import { safeHttpUrl } from '../../schema/safe-url';
import { SIDECAR_NAMES, loadFolderMetadata, type FolderMetadata } from './sidecars/folder-metadata';
import type { Corpus, DateCandidate, DocumentMetadata, FileMetadata } from './types';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const IGNORED_NAMES = new Set([...SIDECAR_NAMES, '.DS_Store', 'Thumbs.db', 'desktop.ini']);

export interface ReadOptions {
  /** Called after each file, for progress output. */
  onFile?: (done: number, total: number) => void;
  /** Files larger than this (bytes) are reported and not read. Default 10 MiB. */
  maxBytes?: number;
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KB` : `${n} bytes`;

function uniqueId(file: string, used: Set<string>): string {
  const base = file.replace(/\.[^./]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'doc';
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}

/** The bytes of a file, or why they were not read. */
async function readBytes(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { problem: Problem }> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes)
      return { problem: { file, problem: `skipped: too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}, see --max-size)`, severity: 'error' } };
    return { bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    return { problem: { file, problem: `cannot read: ${describeFsError(error)}`, severity: 'error' } };
  }
}

function documentUrl(sidecar: DocumentMetadata | undefined, own: FileMetadata, file: string, problems: Problem[]): string | null {
  for (const [value, where] of [[sidecar?.url, 'the url in sources.json/.csv'], [own.url, "the document's own url"]] as const) {
    if (!value) continue;
    const url = safeHttpUrl(value);
    if (url) return url;
    problems.push({ file, problem: `${where} "${value.slice(0, 200)}" is not an http(s) address; ignored`, severity: 'warning' });
  }
  return null;
}

function dateCandidates(sidecar: DocumentMetadata | undefined, own: FileMetadata, file: string): DateCandidate[] {
  const fromSidecar: DateCandidate[] = sidecar?.published
    ? [{ value: sidecar.published, from: 'metadata', where: sidecar.publishedIn ?? 'sidecar metadata' }]
    : [];
  return [...fromSidecar, ...own.published, ...fileNameDate(file)];
}

function toDocument(
  file: string,
  format: DocumentFormat,
  bytes: Uint8Array,
  sidecar: DocumentMetadata | undefined,
  ids: Set<string>,
  problems: Problem[],
): SourceDocument | null {
  const result = format.read(bytes);
  if (!result.ok) {
    problems.push({ file, problem: `skipped: ${result.reason}`, severity: 'error' });
    return null;
  }
  for (const note of result.notes) problems.push({ file, problem: note, severity: 'warning' });
  const { published, from } = choosePublication(dateCandidates(sidecar, result.meta, file), file, problems);
  if (!published)
    problems.push({ file, problem: 'no publication date (metadata or YYYY-MM-DD- file name); relative dates left unresolved', severity: 'warning' });
  return {
    id: uniqueId(path.basename(file), ids),
    file: path.relative(process.cwd(), file) || file,
    title: sidecar?.title ?? result.meta.title ?? path.basename(file, path.extname(file)),
    published,
    publishedFrom: from,
    url: documentUrl(sidecar, result.meta, file, problems),
    author: sidecar?.author ?? result.meta.author ?? null,
    text: result.text,
    markup: result.markup ?? null,
  };
}

async function reportMissingNamed(folders: Map<string, FolderMetadata>, problems: Problem[]): Promise<void> {
  for (const [dir, { namedBy }] of folders)
    for (const [name, sidecar] of namedBy)
      await access(path.join(dir, name)).catch(() =>
        problems.push({ file: sidecar, problem: `names "${name}", which is not in ${dir}`, severity: 'warning' }),
      );
}

export async function readCorpus(inputs: string[], options: ReadOptions = {}): Promise<Corpus> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const problems: Problem[] = [];
  const files = await listFiles(inputs, problems);
  const candidates = files.filter((f) => !IGNORED_NAMES.has(path.basename(f)));
  const folders = new Map<string, FolderMetadata>();
  for (const dir of new Set(files.map((f) => path.dirname(f)))) folders.set(dir, await loadFolderMetadata(dir, problems));
  const documents: SourceDocument[] = [];
  const ids = new Set<string>();
  for (const [i, file] of candidates.entries()) {
    options.onFile?.(i + 1, candidates.length);
    const ext = path.extname(file).toLowerCase();
    const format = formatFor(ext);
    if (!format) {
      problems.push({ file, problem: `skipped: ${ext ? `"${ext}" files are` : 'a file without an extension is'} not read (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`, severity: 'warning' });
      continue;
    }
    const read = await readBytes(file, maxBytes);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const sidecar = folders.get(path.dirname(file))?.byFile.get(path.basename(file));
    const doc = toDocument(file, format, read.bytes, sidecar, ids, problems);
    if (doc) documents.push(doc);
  }
  await reportMissingNamed(folders, problems);
  return { documents, problems, filesSeen: candidates.length };
}
