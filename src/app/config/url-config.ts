/**
 * URL parameters, parsed once into a typed, allow-listed config. Unknown or malformed values are
 * dropped with a console warning, never passed through. (The embed issue extends this.)
 */
export interface AppConfig {
  /** Timeline JSON to load. */
  src: string;
}

export const DEFAULT_SRC = './timeline.json';

export function parseUrlConfig(search: string, warn: (message: string) => void = console.warn): AppConfig {
  const params = new URLSearchParams(search);
  const config: AppConfig = { src: DEFAULT_SRC };
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
