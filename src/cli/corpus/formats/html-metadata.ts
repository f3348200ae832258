/**
 * What a web page says about itself: title, canonical URL, author and publication date, from its
 * own metadata. Dates are gathered in order of preference — `article:published_time`, JSON-LD
 * `datePublished`, other common date metas, then `<time datetime>` (a `pubdate` one, then one in
 * `<article>`, then the first) — and the first that is a real day wins (see publication-date.ts).
 * Read before Readability runs: it removes scripts, JSON-LD included.
 */
import type { DateCandidate, FileMetadata } from '../types';

/** Date metas after `article:published_time` and JSON-LD, most specific first. */
const OTHER_DATE_METAS: [attribute: string, name: string][] = [
  ['itemprop', 'datePublished'],
  ['name', 'date'],
  ['name', 'pubdate'],
  ['name', 'publishdate'],
  ['name', 'dc.date.issued'],
  ['name', 'dc.date'],
  ['name', 'dcterms.created'],
];

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;

/** `<meta property|name|itemprop="...">` content, matching the name case-insensitively. */
function meta(document: Document, attribute: string, name: string): string | undefined {
  for (const el of document.querySelectorAll(`meta[${attribute}]`))
    if (el.getAttribute(attribute)?.trim().toLowerCase() === name.toLowerCase()) {
      const content = clean(el.getAttribute('content'));
      if (content) return content;
    }
  return undefined;
}

/** Every object in the page's JSON-LD blocks (arrays and `@graph` flattened), in document order. */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const object = value as Record<string, unknown>;
    found.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block says nothing usable; the page's other metadata still counts.
    }
  }
  return found;
}

function jsonLdString(objects: Record<string, unknown>[], key: string): string | undefined {
  for (const o of objects) {
    const value = o[key];
    if (typeof value === 'string' && clean(value)) return clean(value);
    const named = Array.isArray(value) ? value[0] : value;
    if (named && typeof named === 'object' && typeof (named as { name?: unknown }).name === 'string')
      return clean((named as { name: string }).name);
  }
  return undefined;
}

function timeDatetime(document: Document): string | undefined {
  // A page's first <time> may date a comment or a sidebar item: the article's own comes first.
  const time =
    document.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  return clean(time?.getAttribute('datetime'));
}

function dateCandidates(document: Document, jsonLd: Record<string, unknown>[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (value: string | undefined, where: string) => value && found.push({ value, from: 'html-meta', where });
  add(meta(document, 'property', 'article:published_time'), '<meta property="article:published_time">');
  add(jsonLdString(jsonLd, 'datePublished'), 'JSON-LD "datePublished"');
  for (const [attribute, name] of OTHER_DATE_METAS) add(meta(document, attribute, name), `<meta ${attribute}="${name}">`);
  add(timeDatetime(document), '<time datetime>');
  return found;
}

export function htmlMetadata(document: Document): FileMetadata {
  const jsonLd = jsonLdObjects(document);
  const author = meta(document, 'name', 'author') ?? jsonLdString(jsonLd, 'author');
  return {
    title:
      meta(document, 'property', 'og:title') ??
      jsonLdString(jsonLd, 'headline') ??
      clean(document.querySelector('title')?.textContent),
    url:
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta(document, 'property', 'og:url'),
    author: author && !/^https?:/i.test(author) ? author : undefined,
    published: dateCandidates(document, jsonLd),
  };
}
