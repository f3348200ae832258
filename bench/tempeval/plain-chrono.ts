/**
 * The baseline: plain chrono-node run as a user would run it, `chrono.parse(text, dct)` over the
 * whole document, each result turned into a TIMEX3 from the components chrono says it knows
 * (YYYY-MM-DD, YYYY-MM or YYYY, plus `THH:MM` when the hour is known; TIME if so, else DATE).
 */
import * as chrono from 'chrono-node';
import type { Timex } from './timex';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The TIMEX3 value of chrono's known components; implied parts fill in what a known finer part needs. */
export function valueOfComponents(c: chrono.ParsedComponents): { type: 'DATE' | 'TIME'; value: string } {
  const part = (name: chrono.Component) => c.get(name) ?? 0;
  const year = pad(part('year'), 4);
  const hourKnown = c.isCertain('hour');
  let value: string;
  if (c.isCertain('day') || c.isCertain('weekday') || hourKnown) value = `${year}-${pad(part('month'))}-${pad(part('day'))}`;
  else if (c.isCertain('month')) value = `${year}-${pad(part('month'))}`;
  else value = year;
  if (hourKnown) value += `T${pad(part('hour'))}:${pad(part('minute'))}`;
  return { type: hourKnown ? 'TIME' : 'DATE', value };
}

/** Parses like a user: the DCT as reference instant, the default (casual) configuration. */
export function plainChronoTimexes(text: string, dct: string): Timex[] {
  return chrono.parse(text, new Date(dct)).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    ...valueOfComponents(r.start),
  }));
}
