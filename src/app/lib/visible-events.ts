/**
 * The list view's rows: the kept events whose anchor (where the mark is drawn) is in the window.
 * `kept` is ascending positions into the index, so in anchor order: the rows are a contiguous
 * slice, found by binary search and returned without copying.
 */
import { lowerBound } from './event-index';

export function visibleEvents(kept: Uint32Array, keptAnchors: Float64Array, t0: number, t1: number): Uint32Array {
  return kept.subarray(lowerBound(keptAnchors, t0), lowerBound(keptAnchors, t1));
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

/** Anchors of the kept events, for binary search (the index's own array when nothing is filtered out). */
export function keptAnchors(anchor: Float64Array, kept: Uint32Array): Float64Array {
  if (kept.length === anchor.length) return anchor;
  const out = new Float64Array(kept.length);
  for (let k = 0; k < kept.length; k++) out[k] = anchor[kept[k]!]!;
  return out;
}
