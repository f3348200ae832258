/** A publication date as a reader writes it: "10 January 2022". */
import { parseIsoDay } from './iso-day';
import { monthName } from './precision-label';
import { yearLabel } from './year-label';

export function formatPublished(day: string, lang = 'en'): string {
  const time = parseIsoDay(day);
  if (Number.isNaN(time)) return day;
  const date = new Date(time);
  return `${date.getUTCDate()} ${monthName(date, lang)} ${yearLabel(date.getUTCFullYear())}`;
}
