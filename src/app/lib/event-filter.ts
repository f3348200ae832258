/**
 * Which events are kept: free-text search over labels and source passages, plus filters by
 * document, precision, date range and salience. Returns positions into the event index, ascending.
 */
import type { Precision, TimelineDocument } from '../../schema/timeline';
import type { EventIndex } from './event-index';

export interface EventFilter {
  query: string;
  /** Document ids to keep; empty = all. */
  documents: readonly string[];
  /** Precisions to keep; empty = all. */
  precisions: readonly Precision[];
  /** Keep events overlapping [start, end) in ms; null = all time. */
  range: readonly [number, number] | null;
  /** Keep events whose salience (default 1) is at least this. */
  minSalience: number;
}

export const NO_FILTER: EventFilter = { query: '', documents: [], precisions: [], range: null, minSalience: 0 };

/** Lower-cased label and passages of each event, built once on the first search. */
export type SearchText = readonly string[];

export function buildSearchText(index: EventIndex, documents: readonly TimelineDocument[]): SearchText {
  const texts = new Map(documents.map((d) => [d.id, d.text ?? '']));
  return index.events.map((e) =>
    [e.label, ...e.sources.map((s) => (texts.get(s.document) ?? '').slice(s.passage.start, s.passage.end))]
      .join('\n')
      .toLowerCase(),
  );
}

export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

function everyPosition(n: number): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

export function filterEvents(index: EventIndex, filter: EventFilter, search: () => SearchText): Uint32Array {
  const query = normaliseQuery(filter.query);
  const n = index.events.length;
  if (!query && !filter.documents.length && !filter.precisions.length && !filter.range && filter.minSalience <= 0)
    return everyPosition(n);
  const haystack = query ? search() : null;
  const docs = filter.documents.length ? new Set(filter.documents) : null;
  const precisions = filter.precisions.length ? new Set(filter.precisions) : null;
  const kept: number[] = [];
  for (let i = 0; i < index.events.length; i++) {
    const e = index.events[i]!;
    if (filter.range && (index.end[i]! <= filter.range[0] || index.start[i]! >= filter.range[1])) continue;
    if (index.salience[i]! < filter.minSalience) continue;
    if (precisions && !precisions.has(e.date.precision)) continue;
    if (docs && !e.sources.some((s) => docs.has(s.document))) continue;
    if (haystack && !haystack[i]!.includes(query)) continue;
    kept.push(i);
  }
  return Uint32Array.from(kept);
}
