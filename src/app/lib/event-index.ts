/**
 * The timeline's events in start order with their intervals as typed arrays, so that a frame can
 * binary-search the visible range instead of scanning every event.
 */
import type { Precision, Timeline, TimelineEvent } from '../../schema/timeline';
import { PRECISIONS } from '../../schema/timeline';
import { DAY_MS, parseIsoDay } from './iso-day';

export interface EventIndex {
  /** Events sorted by start, then end, then id. */
  events: readonly TimelineEvent[];
  start: Float64Array;
  end: Float64Array;
  /** Where the event is drawn: the middle of its interval. */
  anchor: Float64Array;
  /** Index into PRECISIONS. */
  precision: Uint8Array;
  byId: Map<string, number>;
  /** Earliest start and latest end over all events (NaN when there are none). */
  min: number;
  max: number;
}

export function precisionCode(p: Precision): number {
  return PRECISIONS.indexOf(p);
}

export function buildEventIndex(timeline: Timeline): EventIndex {
  const n = timeline.events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  timeline.events.forEach((e, i) => {
    const s = parseIsoDay(e.date.start);
    const en = parseIsoDay(e.date.end);
    starts[i] = s;
    ends[i] = en > s ? en : s + DAY_MS;
  });
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || (timeline.events[a]!.id < timeline.events[b]!.id ? -1 : 1),
  );
  const index: EventIndex = {
    events: order.map((i) => timeline.events[i]!),
    start: new Float64Array(n),
    end: new Float64Array(n),
    anchor: new Float64Array(n),
    precision: new Uint8Array(n),
    byId: new Map(),
    min: Number.NaN,
    max: Number.NaN,
  };
  order.forEach((from, i) => {
    index.start[i] = starts[from]!;
    index.end[i] = ends[from]!;
    index.anchor[i] = (starts[from]! + ends[from]!) / 2;
    index.precision[i] = precisionCode(timeline.events[from]!.date.precision);
    index.byId.set(timeline.events[from]!.id, i);
    index.max = Number.isNaN(index.max) ? ends[from]! : Math.max(index.max, ends[from]!);
  });
  if (n > 0) index.min = index.start[0]!;
  return index;
}

/** First position in `sorted` (ascending) whose value is ≥ x. */
export function lowerBound(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
