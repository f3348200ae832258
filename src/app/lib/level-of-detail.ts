/**
 * Level of detail for one lane and one view. Events are grouped into time bins by their anchor;
 * the bin width is a power of two in milliseconds (48–96 px on screen), so bins stay put while
 * panning and split in two when zooming in: clusters expand smoothly. A bin with a few
 * well-spaced events (or any bin of a day or less, which zooming cannot split further) shows
 * them individually; a crowded bin becomes a cluster with a count. Counting a bin is two binary
 * searches on the lane's sorted anchors, so a frame costs O(bins · log n), not O(events).
 * Marks and clusters together count exactly the lane's anchors inside the view.
 */
import { lowerBound } from './event-index';

export interface View {
  /** Visible time domain in ms. */
  t0: number;
  t1: number;
  /** Width in px. */
  width: number;
}

export interface LaneEvents {
  /** Positions into the event index, in anchor order. */
  members: Uint32Array;
  /** Anchor of each member, ascending. */
  anchors: Float64Array;
}

export interface SingleMark {
  kind: 'event';
  index: number;
  /** Anchor x and interval bounds in px. */
  x: number;
  x0: number;
  x1: number;
}

export interface ClusterMark {
  kind: 'cluster';
  /** The bin's number, stable while panning: a key for the DOM. */
  bin: number;
  count: number;
  /** Anchors of the first and last member, ms. */
  t0: number;
  t1: number;
  /** Their x in px. */
  x0: number;
  x1: number;
  x: number;
}

export type Mark = SingleMark | ClusterMark;

export const BIN_PX = 48;
/** Individually drawn events in one bin need at least this many pixels between them. */
export const MIN_GAP_PX = 18;
const MAX_SPREAD = 6;
/** Once a bin is a day or less, its events cannot separate further by zooming: show them all. */
const STACK_BIN_MS = 86_400_000;

export function binWidth(view: View): number {
  const msPerPx = (view.t1 - view.t0) / view.width;
  return 2 ** Math.ceil(Math.log2(Math.max(BIN_PX * msPerPx, 1)));
}

export function laneMarks(lane: LaneEvents, view: View, index: { start: Float64Array; end: Float64Array }): Mark[] {
  const bin = binWidth(view);
  const px = (t: number) => ((t - view.t0) / (view.t1 - view.t0)) * view.width;
  const marks: Mark[] = [];
  const lastBin = Math.floor(view.t1 / bin);
  // The edge bins are cut at the view, so that marks and clusters count exactly the anchors in it.
  let b = Math.floor(view.t0 / bin);
  let lo = lowerBound(lane.anchors, view.t0);
  const end = lowerBound(lane.anchors, view.t1, lo);
  for (; b <= lastBin && lo < end; b++) {
    const hi = Math.min(end, lowerBound(lane.anchors, (b + 1) * bin, lo));
    const count = hi - lo;
    if (count === 0) continue;
    if (count <= MAX_SPREAD && (bin <= STACK_BIN_MS || spacedApart(lane.anchors, lo, hi, px))) {
      for (let k = lo; k < hi; k++) {
        const i = lane.members[k]!;
        marks.push({ kind: 'event', index: i, x: px(lane.anchors[k]!), x0: px(index.start[i]!), x1: px(index.end[i]!) });
      }
    } else {
      const a0 = lane.anchors[lo]!;
      const a1 = lane.anchors[hi - 1]!;
      marks.push({ kind: 'cluster', bin: b, count, t0: a0, t1: a1, x0: px(a0), x1: px(a1), x: (px(a0) + px(a1)) / 2 });
    }
    lo = hi;
  }
  return marks;
}

function spacedApart(anchors: Float64Array, lo: number, hi: number, px: (t: number) => number): boolean {
  for (let k = lo + 1; k < hi; k++) if (px(anchors[k]!) - px(anchors[k - 1]!) < MIN_GAP_PX) return false;
  return true;
}

/** Events per pixel column over the view (by anchor), for the lane's density strip. */
export function density(lane: LaneEvents, view: View, columnPx: number): Uint32Array {
  const columns = new Uint32Array(Math.max(1, Math.ceil(view.width / columnPx)));
  const msPerColumn = ((view.t1 - view.t0) / view.width) * columnPx;
  let lo = lowerBound(lane.anchors, view.t0);
  for (let c = 0; c < columns.length && lo < lane.anchors.length; c++) {
    const hi = lowerBound(lane.anchors, view.t0 + (c + 1) * msPerColumn, lo);
    columns[c] = hi - lo;
    lo = hi;
  }
  return columns;
}

/** Wide members (by start) whose interval overlaps the view: positions [from, to) into `wide`. */
export function wideInView(wideStarts: Float64Array, wideMaxSpan: number, view: View): [number, number] {
  return [lowerBound(wideStarts, view.t0 - wideMaxSpan), lowerBound(wideStarts, view.t1)];
}
