/**
 * Entry point of the temporal tagger: finds date mentions in a text and resolves them against a
 * reference date. STUB: plain chrono over the whole text; the tagger issue replaces it.
 */
import * as chrono from 'chrono-node';
import type { DateMention, ReferenceDate } from '../types';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function tagDates(text: string, reference: ReferenceDate): DateMention[] {
  const ref = { instant: new Date(reference.date), timezone: reference.timezone };
  return chrono.casual.parse(text, ref).map((r) => {
    const y = r.start.get('year') ?? 0;
    const m = r.start.get('month') ?? 1;
    const d = r.start.get('day') ?? 1;
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    return {
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      type: 'DATE',
      value: iso(y, m, d),
      precision: 'day',
      interval: { start: iso(y, m, d), end: iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()) },
      approximate: false,
      anchoring: r.start.isCertain('year') ? 'absolute' : 'relative',
      rule: 'chrono',
    } satisfies DateMention;
  });
}
