/** Parses `--ref` and `--tz` into the tagger's ReferenceDate. */
import type { ReferenceDate } from '../extract/types';
import { UsageError } from './usage-error';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** `+02:00`, `-0530`, `120` (minutes) or `Z` to minutes east of UTC. */
export function parseTimezone(value: string): number {
  if (value === 'Z' || value === 'UTC') return 0;
  if (/^[+-]?\d{1,4}$/.test(value)) return Number(value);
  const m = OFFSET.exec(value);
  if (!m) throw new UsageError(`--tz must be a UTC offset such as +02:00 or minutes such as 120, not "${value}"`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

export function isRealDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function parseReference(ref: string | undefined, tz: string | undefined): ReferenceDate {
  if (!ref) throw new UsageError('--ref DATE is required (YYYY-MM-DD or an ISO date-time)');
  if (DAY.test(ref)) {
    if (!isRealDay(ref)) throw new UsageError(`--ref ${ref} is not a real calendar day`);
    return { date: ref, timezone: tz ? parseTimezone(tz) : 0 };
  }
  const m = DATE_TIME.exec(ref);
  if (!m || Number.isNaN(Date.parse(m[1] ? ref : `${ref}Z`)) || !isRealDay(ref.slice(0, 10)))
    throw new UsageError(`--ref must be YYYY-MM-DD or an ISO date-time, not "${ref}"`);
  const timezone = tz ? parseTimezone(tz) : m[1] ? parseTimezone(m[1]) : 0;
  return { date: ref, timezone };
}
