/**
 * An event's date said at the precision it is known: "1997", "January 2022", "Mon 10 January 2022",
 * "the 1990s", "week 2, 2022". Approximate dates say so ("around 1997").
 */
import type { EventDate } from '../../schema/timeline';
import { dateFormatter } from './formatters';
import { DAY_MS, formatIsoDay, parseIsoDay } from './iso-day';
import { yearLabel } from './year-label';

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };

/**
 * English names without Intl, which the default language needs in the first frame (marks' labels)
 * and whose first use loads the locale data (see formatCount); every English locale writes them
 * alike. Other languages ask Intl.
 */
const ENGLISH = /^en(?:-|$)/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function monthName(date: Date, lang: string): string {
  return ENGLISH.test(lang) ? MONTHS[date.getUTCMonth()]! : dateFormatter(lang, { month: 'long' }).format(date);
}

function weekdayName(date: Date, lang: string): string {
  return ENGLISH.test(lang) ? WEEKDAYS_SHORT[date.getUTCDay()]! : dateFormatter(lang, { weekday: 'short' }).format(date);
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** ISO 8601 week number and week-year of a UTC day: the week's Thursday decides its year. */
export function isoWeek(date: Date): { year: number; week: number } {
  const thursday = new Date(date.getTime());
  thursday.setUTCDate(thursday.getUTCDate() - ((date.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(0);
  jan4.setUTCFullYear(year, 0, 4);
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return { year, week: 1 + Math.floor((thursday.getTime() - mondayOfWeek1) / (7 * 86_400_000)) };
}

/**
 * A date whose interval runs over several of its units ("from January through June", "1918-1923")
 * is said as a range, "January–June 2022", "1918–1923", not by its first unit alone. Weeks,
 * quarters, seasons and halves are one unit by construction.
 */
function exact(date: EventDate, lang: string): string {
  const first = unit(date, lang);
  const from = new Date(parseIsoDay(date.start));
  const to = new Date(parseIsoDay(date.end) - DAY_MS);
  if (!(to.getTime() > from.getTime())) return first;
  const [y1, y2] = [from.getUTCFullYear(), to.getUTCFullYear()];
  switch (date.precision) {
    case 'day':
      if (y1 === y2 && from.getUTCMonth() === to.getUTCMonth()) return `${from.getUTCDate()}–${to.getUTCDate()} ${monthName(from, lang)} ${yearLabel(y1)}`;
      return `${first} – ${unit({ ...date, start: formatIsoDay(to.getTime()) }, lang)}`;
    case 'month':
      if (y1 === y2 && from.getUTCMonth() === to.getUTCMonth()) return first;
      return y1 === y2 ? `${monthName(from, lang)}–${monthName(to, lang)} ${yearLabel(y1)}` : `${first} – ${monthName(to, lang)} ${yearLabel(y2)}`;
    case 'year':
      return y1 === y2 ? first : `${first}–${yearLabel(y2)}`;
    case 'decade': {
      const [d1, d2] = [Math.floor(y1 / 10) * 10, Math.floor(y2 / 10) * 10];
      return d1 === d2 || d1 <= 0 ? first : `the ${d1}s–${d2}s`;
    }
    default:
      return first;
  }
}

/** The date's first unit at its precision: "1997", "January 2022", "Mon 10 January 2022". */
function unit(date: EventDate, lang: string): string {
  const start = new Date(parseIsoDay(date.start));
  const year = start.getUTCFullYear();
  const suffix = /-([A-Z]{2}|Q\d|H\d|W\d{2})$/.exec(date.value)?.[1] ?? '';
  switch (date.precision) {
    case 'day':
      return `${weekdayName(start, lang)} ${start.getUTCDate()} ${monthName(start, lang)} ${yearLabel(year)}`;
    case 'week': {
      // The TIMEX value names the week; the interval is the fallback.
      const named = /^([+-]?\d{4,6})-W(\d{2})$/.exec(date.value);
      const w = named ? { year: Number(named[1]), week: Number(named[2]) } : isoWeek(start);
      return `week ${w.week}, ${yearLabel(w.year)}`;
    }
    case 'month':
      return `${monthName(start, lang)} ${yearLabel(year)}`;
    case 'quarter':
      return `Q${suffix.startsWith('Q') ? suffix.slice(1) : Math.floor(start.getUTCMonth() / 3) + 1} ${yearLabel(year)}`;
    case 'season':
      return `${SEASONS[suffix] ?? 'season'} ${yearLabel(year)}`;
    case 'half':
      return `${start.getUTCMonth() < 6 ? 'first' : 'second'} half of ${yearLabel(year)}`;
    case 'year':
      return yearLabel(year);
    case 'decade':
      return year <= 0 ? `the decade from ${yearLabel(year)}` : `the ${year}s`;
    case 'century': {
      const n = Math.floor(year / 100) + 1;
      return n >= 1 ? `the ${ordinal(n)} century` : `the ${ordinal(1 - n)} century BCE`;
    }
  }
}

export function formatEventDate(date: EventDate, lang = 'en'): string {
  const text = exact(date, lang);
  return date.approximate ? `around ${text}` : text;
}
