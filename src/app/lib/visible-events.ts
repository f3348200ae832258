/**
 * The kept events overlapping the window, chronological: the list view's rows. `kept` is ascending
 * positions into the index (so sorted by start); only the slice that can overlap is scanned.
 */
import { lowerBound, type EventIndex } from './event-index';

export function visibleEvents(index: EventIndex, kept: Uint32Array, keptStarts: Float64Array, maxSpan: number, t0: number, t1: number): Uint32Array {
  const from = lowerBound(keptStarts, t0 - maxSpan);
  const to = lowerBound(keptStarts, t1);
  let n = 0;
  const out = new Uint32Array(Math.max(0, to - from));
  for (let k = from; k < to; k++) {
    const i = kept[k]!;
    if (index.end[i]! > t0) out[n++] = i;
  }
  return out.subarray(0, n);
}

/** Next kept event from `current` by `step` (±1, ±n, ±Infinity to the ends); −1 when there is none. */
export function stepEvent(kept: Uint32Array, current: number, step: number): number {
  if (kept.length === 0) return -1;
  if (step === -Infinity) return kept[0]!;
  if (step === Infinity) return kept[kept.length - 1]!;
  const at = kept.indexOf(current);
  if (at < 0) return step > 0 ? kept[0]! : kept[kept.length - 1]!;
  return kept[Math.min(kept.length - 1, Math.max(0, at + step))]!;
}
