/**
 * `.md` / `.markdown`: optional YAML front matter (title, url, published or date, author), then the
 * body. The document text is the body exactly as written — Markdown syntax included, front matter
 * excluded — so offsets count from the first character after the closing `---` line; extraction
 * reads its prose (the document says `markup: 'markdown'`).
 * Broken front matter never loses the document: it is reported and the file is read without it.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { markdownProse } from '../../../extract/segment/markdown-prose';
import { decodeText } from '../decode-text';
import type { FileMetadata } from '../types';
import { firstLineTitle } from './first-line-title';
import type { DocumentFormat } from './format';
import { splitFrontMatter } from './front-matter';

type FrontMatterFields = Omit<FileMetadata, 'published'> & { published?: { key: string; value: string } };

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || value instanceof Date) return String(value instanceof Date ? value.toISOString() : value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ') || undefined;
  return undefined;
}

function readFields(yaml: string, notes: string[]): FrontMatterFields {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    // The file's line number: the YAML starts on line 2, after the opening `---`.
    const line = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line + 1}: ` : '';
    const what = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    notes.push(`front matter is not valid YAML (${line}${what}); its metadata is ignored`);
    return {};
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    notes.push('front matter is not a list of "key: value" fields; its metadata is ignored');
    return {};
  }
  const fields = data as Record<string, unknown>;
  const dateKey = 'published' in fields ? 'published' : 'date' in fields ? 'date' : null;
  const date = dateKey ? scalar(fields[dateKey]) : undefined;
  return {
    title: scalar(fields.title),
    url: scalar(fields.url),
    author: scalar(fields.author),
    published: dateKey && date ? { key: dateKey, value: date } : undefined,
  };
}

export const markdown: DocumentFormat = {
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  read(bytes) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    const notes = decoded.note ? [decoded.note] : [];
    const split = splitFrontMatter(decoded.text);
    if (split.unclosed) notes.push('front matter opened with "---" is never closed; the whole file is read as the text');
    const fields = split.yaml === null ? {} : readFields(split.yaml, notes);
    const text = decoded.text.slice(split.bodyStart);
    if (!/\S/.test(text)) return { ok: false, reason: 'front matter only, no text after it' };
    return {
      ok: true,
      text,
      markup: 'markdown',
      meta: {
        title: fields.title ?? firstLineTitle(text, (line) => markdownProse(line).replace(/\s+/g, ' ')),
        url: fields.url,
        author: fields.author,
        published: fields.published
          ? [{ value: fields.published.value, from: 'front-matter', where: `front matter "${fields.published.key}"` }]
          : [],
      },
      notes,
    };
  },
};
