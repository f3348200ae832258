/**
 * oEmbed (https://oembed.com): with `sourceline extract --base-url URL`, an `oembed.json` beside the
 * timeline lets CMSes that speak oEmbed turn the timeline's public URL into the iframe snippet.
 * The built page points to it with `<link rel="alternate" type="application/json+oembed">`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildEmbedSnippet, DEFAULT_TITLE, FALLBACK_HEIGHT } from '../app/embed/embed-snippet';
import type { Timeline } from '../schema/timeline';
import { UsageError } from './usage-error';

export const OEMBED_FILE = 'oembed.json';
export const OEMBED_WIDTH = 800;

export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: 'Sourceline';
  html: string;
  width: number;
  height: number;
}

/**
 * The public URL of the published folder (`https://example.org/timelines/russia/`) or of its
 * page (`.../index.html`). Returns the page URL the embed lives at.
 */
export function parseBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base-url ${text} is not a URL; give the public address of the published folder, e.g. https://example.org/timeline/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--base-url ${text} must be an http(s) URL`);
  if (url.search || url.hash) throw new UsageError(`--base-url ${text} must not have a query or a fragment`);
  if (!url.pathname.endsWith('/') && !/\.html?$/.test(url.pathname)) url.pathname += '/';
  return url;
}

/** A title for hosts that show one: the document's own title when there is a single document. */
export function timelineTitle(timeline: Timeline): string {
  const docs = timeline.documents;
  if (docs.length === 1 && docs[0]!.title.trim()) return `${DEFAULT_TITLE}: ${docs[0]!.title.trim()}`;
  return `${DEFAULT_TITLE} of ${docs.length} document${docs.length === 1 ? '' : 's'}`;
}

/** The oEmbed answer for the timeline written to `timelineFile` (its name goes in `src=` unless it is the default). */
export function buildOembed(page: URL, timeline: Timeline, timelineFile: string): OEmbedRich {
  const embed = new URL(page);
  embed.searchParams.set('embed', '1');
  const name = path.basename(timelineFile);
  if (name !== 'timeline.json') embed.searchParams.set('src', name);
  const title = timelineTitle(timeline);
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: 'Sourceline',
    html: buildEmbedSnippet({ src: embed.href, title, height: FALLBACK_HEIGHT, hostScript: new URL('embed.js', page).href }),
    width: OEMBED_WIDTH,
    height: FALLBACK_HEIGHT,
  };
}

/** Writes `oembed.json` beside the timeline file; returns its path. */
export async function writeOembed(page: URL, timeline: Timeline, timelineFile: string): Promise<string> {
  const file = path.join(path.dirname(timelineFile), OEMBED_FILE);
  await writeFile(file, JSON.stringify(buildOembed(page, timeline, timelineFile), null, 2) + '\n');
  return file;
}
