/** Hand-made documents and date mentions, so event rules are tested without the tagger. */
import type { Precision } from '../../../src/schema/timeline';
import { eventsFromMentions } from '../../../src/extract/events/events-from-mentions';
import type { Anchoring, DateMention, SourceDocument } from '../../../src/extract/types';

export function doc(id: string, text: string, published: string | null = '2022-01-11'): SourceDocument {
  return { id, file: `${id}.txt`, title: text.split('\n')[0]!, published, text };
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Interval of a TIMEX3 value at day, month or year precision. */
function intervalOf(value: string): { precision: Precision; start: string; end: string } {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (d) return { precision: 'day', start: value, end: iso(Date.UTC(y, m! - 1, d) + DAY_MS) };
  if (m) return { precision: 'month', start: `${value}-01`, end: iso(Date.UTC(y, m, 1)) };
  return { precision: 'year', start: `${y}-01-01`, end: `${y + 1}-01-01` };
}

export interface MentionOptions {
  anchoring?: Anchoring;
  deictic?: boolean;
  /** Which occurrence of the phrase, 0-based. */
  nth?: number;
  /** Override the interval (ranges). */
  interval?: { start: string; end: string } | null;
  type?: DateMention['type'];
}

/** A mention of `phrase` (its nth occurrence) in `text`, valued `value`. */
export function mention(text: string, phrase: string, value: string, o: MentionOptions = {}): DateMention {
  let start = -1;
  for (let i = 0; i <= (o.nth ?? 0); i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  const known = o.interval === null ? null : intervalOf(value);
  return {
    start,
    end: start + phrase.length,
    text: phrase,
    type: o.type ?? 'DATE',
    value,
    precision: known?.precision ?? null,
    interval: o.interval === null ? null : (o.interval ?? { start: known!.start, end: known!.end }),
    approximate: false,
    anchoring: o.anchoring ?? (/\d{4}/.test(phrase) ? 'absolute' : 'relative'),
    rule: 'hand-made',
    ...(o.deictic ? { deictic: true } : {}),
  };
}

export const run = (...tagged: Array<[SourceDocument, DateMention[]]>) =>
  eventsFromMentions(tagged.map(([d, mentions]) => ({ doc: d, mentions })));

/** Each event as [date value, [document:mention text, ...]] for exact comparison. */
export const summary = (r: ReturnType<typeof run>) =>
  r.events.map((e) => [e.date.value, e.sources.map((s) => `${s.document}:${s.mention.text}`)]);
