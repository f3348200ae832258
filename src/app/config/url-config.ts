/**
 * URL parameters, parsed once into a typed, allow-listed config. Unknown or malformed values are
 * dropped with a console warning, never passed through. (The embed issue completes the parsing;
 * the type is the contract the viewer reads.)
 */
import type { Theme, TimeWindow } from '../viewer-controller';

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
};

export function parseUrlConfig(search: string, warn: (message: string) => void = console.warn): AppConfig {
  const params = new URLSearchParams(search);
  const config: AppConfig = { ...DEFAULT_CONFIG, doc: [], allowOrigins: [] };
  const src = params.get('src');
  if (src !== null) {
    try {
      const url = new URL(src, 'http://placeholder.invalid/');
      if (url.protocol === 'http:' || url.protocol === 'https:') config.src = src;
      else warn(`sourceline: ignoring src=${src}: only http(s) URLs are loaded`);
    } catch {
      warn(`sourceline: ignoring src=${src}: not a URL`);
    }
  }
  return config;
}
