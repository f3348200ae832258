/**
 * ISO days (`YYYY-MM-DD`, with ISO 8601 expanded years such as `-000043-03-15`) as UTC milliseconds.
 * `Date.UTC` maps years 0–99 to 1900–1999, so those years are set with `setUTCFullYear`.
 */
const ISO_DAY = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;

export const DAY_MS = 86_400_000;
/** The JS Date range: years −271821 to 275760. */
export const MIN_TIME = -8.64e15;
export const MAX_TIME = 8.64e15;

export function utcTime(year: number, month = 0, day = 1): number {
  if (year >= 100) return Date.UTC(year, month, day);
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/** Milliseconds since the epoch, or NaN when the text is not an ISO day. */
export function parseIsoDay(text: string): number {
  const m = ISO_DAY.exec(text);
  if (!m) return Number.NaN;
  return utcTime(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** ISO day or date-time (`2022-01-10T12:00Z`) → ms; NaN when unreadable. */
export function parseIsoInstant(text: string): number {
  const day = parseIsoDay(text);
  if (!Number.isNaN(day)) return day;
  return /^[+-]?\d{4,6}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN;
}

export function formatIsoDay(time: number): string {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0');
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
