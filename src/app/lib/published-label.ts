/** A publication date as a reader writes it: "10 January 2022". */
import { parseIsoDay } from './iso-day';
import { yearLabel } from './year-label';

export function formatPublished(day: string, lang = 'en'): string {
  const time = parseIsoDay(day);
  if (Number.isNaN(time)) return day;
  const date = new Date(time);
  const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(date);
  return `${date.getUTCDate()} ${month} ${yearLabel(date.getUTCFullYear())}`;
}
