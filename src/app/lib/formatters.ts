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

/**
 * 100000 → "100,000". Counts are whole numbers grouped the English way whatever the page's
 * language, written without Intl: the first Intl object a page makes loads the locale data, 14–29
 * ms in a cold page here (2026-12-01), and the count is in the first frame.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return new Intl.NumberFormat('en').format(n);
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** (1, 'event') → "1 event"; (2000, 'event') → "2,000 events". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
