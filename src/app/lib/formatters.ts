/**
 * Intl formatters are costly to create and the list formats rows every frame while zooming:
 * one formatter per language and options, created on first use.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })));
  return f;
}

const numbers = new Intl.NumberFormat('en');

/** 100000 → "100,000". */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** (1, 'event') → "1 event"; (2000, 'event') → "2,000 events". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
