/** Our tagger as a TempEval-3 system: the DCT is the reference date, the timezone UTC. */
import { tagDates } from '../../src/extract/tagger/tag-dates';
import type { Timex } from './timex';

/** A system timex that remembers which rule produced it, so misses can be traced to code. */
export interface SystemTimex extends Timex {
  rule?: string;
}

export function ourTimexes(text: string, dct: string): SystemTimex[] {
  return tagDates(text, { date: dct, timezone: 0 }).map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    value: m.value,
    rule: m.rule,
  }));
}
