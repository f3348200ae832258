/**
 * URL parameters, parsed once into a typed, allow-listed config. Unknown or malformed values are
 * dropped with a console warning, never passed through.
 *
 * The query carries the configuration (`?embed=1&dark=auto&lang=fr`); the hash carries the view a
 * deep link restores (`#event=ID&start=2021&end=2022`). The embed layer keeps the hash up to date
 * with `history.replaceState`, so the hash wins over the same keys in the query.
 */
import type { Theme, TimeWindow } from '../viewer-controller';
import { parseWindow } from './time-bounds';
import { parseOrigin } from './origin';

export type LaneMode = 'document' | 'site' | 'none';

export interface AppConfig {
  /** Timeline JSON to load (http(s) or relative). */
  src: string;
  /** Embed mode: no page chrome, fits its container. */
  embed: boolean;
  /** Event id to open at start. */
  event: string | null;
  /** Initial visible window. */
  window: TimeWindow | null;
  lanes: LaneMode | null;
  /** Initial search query. */
  q: string;
  /** Document ids to keep; empty = all. */
  doc: string[];
  theme: Theme;
  /** Fixed height in CSS pixels (embeds without the host script). */
  height: number | null;
  /** BCP 47 language tag for dates and labels. */
  lang: string;
  /** Origins allowed to drive the embed by postMessage, besides its own. */
  allowOrigins: string[];
  /** Pym.js child id (`childId`, set by a Pym.js parent): enables Pym height messages. */
  pymChildId: string | null;
}

export const DEFAULT_SRC = './timeline.json';

export const DEFAULT_CONFIG: AppConfig = {
  src: DEFAULT_SRC,
  embed: false,
  event: null,
  window: null,
  lanes: null,
  q: '',
  doc: [],
  theme: 'light',
  height: null,
  lang: 'en',
  allowOrigins: [],
  pymChildId: null,
};

export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 5000;
export const MAX_TEXT = 200;

/** Keys a deep link may carry in the hash. */
export const DEEP_LINK_KEYS = ['event', 'start', 'end'] as const;
/** Pym.js parents add these to the child URL; only childId is used, the others are accepted quietly. */
const PYM_KEYS = ['childId', 'initialWidth', 'parentTitle', 'parentUrl'];
const KNOWN_KEYS = new Set(['src', 'embed', 'event', 'start', 'end', 'lanes', 'q', 'doc', 'dark', 'height', 'lang', 'origin', 'allow', ...PYM_KEYS]);

const CONTROL = /[\u0000-\u001f\u007f]/;

/** An id as written by the CLI: any text up to MAX_TEXT characters, no control characters. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT && !CONTROL.test(value);
}

export function isValidQuery(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT && !CONTROL.test(value);
}

type Warn = (message: string) => void;

const BOOLEAN: Record<string, boolean> = { '': true, '1': true, true: true, '0': false, false: false };
const THEMES: Record<string, Theme> = { true: 'dark', false: 'light', auto: 'auto' };
const LANES = new Set<LaneMode>(['document', 'site', 'none']);

function parseSrc(value: string): string | null {
  if (value.trim() === '' || CONTROL.test(value)) return null;
  try {
    const url = new URL(value, 'http://placeholder.invalid/');
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

function parseHeight(value: string): number | null {
  const m = /^(\d{1,5})(px)?$/.exec(value);
  const px = m ? Number(m[1]) : NaN;
  return px >= MIN_HEIGHT && px <= MAX_HEIGHT ? px : null;
}

function parseLang(value: string): string | null {
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** Splits a comma (or space) separated list, keeping valid, distinct items. */
function parseList(value: string, parse: (item: string) => string | null, name: string, warn: Warn): string[] {
  const items: string[] = [];
  for (const raw of value.split(/[\s,]+/)) {
    if (raw === '') continue;
    const item = parse(raw);
    if (item === null) warn(`sourceline: ignoring ${name} item "${raw}": ${name === 'doc' ? 'not a document id' : 'not an http(s) origin like https://example.org'}`);
    else if (!items.includes(item)) items.push(item);
  }
  return items;
}

/** The last value of a key, warning when it is repeated (lists are merged instead). */
function single(params: URLSearchParams, key: string, warn: Warn): string | null {
  const values = params.getAll(key);
  if (values.length > 1) warn(`sourceline: ${key} is given ${values.length} times, using the last one`);
  return values.length ? values[values.length - 1]! : null;
}

function ownHash(search: string): string {
  const page = (globalThis as { location?: Location }).location;
  return page && page.search === search ? page.hash : '';
}

/** Reads the deep-link keys of the hash; other keys in a key=value hash are warned about. */
function hashParams(hash: string, warn: Warn): URLSearchParams {
  const text = hash.replace(/^#/, '');
  const params = new URLSearchParams();
  if (!text.includes('=')) return params; // a plain in-page anchor, not ours
  for (const [key, value] of new URLSearchParams(text)) {
    if ((DEEP_LINK_KEYS as readonly string[]).includes(key)) params.set(key, value);
    else warn(`sourceline: ignoring ${key} in the URL hash: only ${DEEP_LINK_KEYS.join(', ')} are read there`);
  }
  return params;
}

/**
 * `hash` defaults to the page's own hash when `search` is the page's own query, so that
 * `parseUrlConfig(location.search)` reads the deep link too.
 */
export function parseUrlConfig(search: string, warn: Warn = console.warn, hash: string = ownHash(search)): AppConfig {
  const params = new URLSearchParams(search);
  const config: AppConfig = { ...DEFAULT_CONFIG, doc: [], allowOrigins: [] };
  const ignore = (key: string, value: string, why: string) => warn(`sourceline: ignoring ${key}=${value}: ${why}`);

  for (const key of new Set(params.keys())) if (!KNOWN_KEYS.has(key)) warn(`sourceline: ignoring unknown parameter ${key}`);

  const src = single(params, 'src', warn);
  if (src !== null) {
    const parsed = parseSrc(src);
    if (parsed === null) ignore('src', src, 'only http(s) or relative URLs are loaded');
    else config.src = parsed;
  }

  const embed = single(params, 'embed', warn);
  if (embed !== null) {
    const value = BOOLEAN[embed.toLowerCase()];
    if (value === undefined) ignore('embed', embed, 'use embed=1 or embed=true');
    else config.embed = value;
  }

  const fromHash = hashParams(hash, warn);
  const deep = (key: string) => (fromHash.has(key) ? fromHash.get(key)! : single(params, key, warn));

  const event = deep('event');
  if (event !== null) {
    if (isValidId(event)) config.event = event;
    else ignore('event', event, 'not an event id');
  }

  const [start, end] = [deep('start'), deep('end')];
  if (start !== null && end !== null) {
    const result = parseWindow(start, end);
    if (result.ok) config.window = result.window;
    else warn(`sourceline: ignoring the time window: ${result.problem}`);
  } else if (start !== null || end !== null) {
    warn(`sourceline: ignoring ${start !== null ? `start=${start}` : `end=${end}`}: start and end go together`);
  }

  const lanes = single(params, 'lanes', warn);
  if (lanes !== null) {
    const value = lanes.toLowerCase() as LaneMode;
    if (LANES.has(value)) config.lanes = value;
    else ignore('lanes', lanes, 'use document, site or none');
  }

  const q = single(params, 'q', warn);
  if (q !== null) {
    const shown = q.slice(0, 40);
    if (isValidQuery(q)) config.q = q.trim();
    else ignore('q', shown, `a search is at most ${MAX_TEXT} characters of text`);
  }

  for (const doc of params.getAll('doc'))
    for (const id of parseList(doc, (item) => (isValidId(item) ? item : null), 'doc', warn))
      if (!config.doc.includes(id)) config.doc.push(id);

  const dark = single(params, 'dark', warn);
  if (dark !== null) {
    const theme = THEMES[dark.toLowerCase()];
    if (theme === undefined) ignore('dark', dark, 'use dark=true, dark=false or dark=auto');
    else config.theme = theme;
  }

  const height = single(params, 'height', warn);
  if (height !== null) {
    const px = parseHeight(height);
    if (px === null) ignore('height', height, `use a whole number of pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}`);
    else config.height = px;
  }

  const lang = single(params, 'lang', warn);
  if (lang !== null) {
    const tag = parseLang(lang);
    if (tag === null) ignore('lang', lang, 'not a BCP 47 language tag like en, fr or pt-BR');
    else config.lang = tag;
  }

  for (const key of ['origin', 'allow'])
    for (const value of params.getAll(key))
      for (const origin of parseList(value, parseOrigin, key, warn))
        if (!config.allowOrigins.includes(origin)) config.allowOrigins.push(origin);

  const childId = single(params, 'childId', warn);
  if (childId !== null) {
    if (isValidId(childId) && !childId.includes('xPYMx')) config.pymChildId = childId;
    else ignore('childId', childId, 'not a Pym.js child id');
  }
  return config;
}
