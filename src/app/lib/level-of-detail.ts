/**
 * Level of detail for one lane and one view: events are grouped into time bins whose width is a
 * power of two in milliseconds (32–64 px on screen). Powers of two keep bins fixed while panning
 * and split each bin in two when zooming in, so clusters expand smoothly. A bin with one event, or
 * a few well-spaced ones, shows them individually; a crowded bin becomes a cluster with a count.
 * Only the lane's members overlapping the view are touched.
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
  /** Positions into the event index, ascending. */
  members: Uint32Array;
  /** Start of each member (same order), for binary search. */
  starts: Float64Array;
  maxSpan: number;
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
  count: number;
  /** Time span of the members' intervals, ms. */
  t0: number;
  t1: number;
  /** Pixel span of the members' anchors. */
  x0: number;
  x1: number;
  x: number;
  /** The most salient member, to name the cluster. */
  top: number;
}

export type Mark = SingleMark | ClusterMark;

export const BIN_PX = 32;
/** Individually drawn events in one bin need at least this many pixels between them. */
export const MIN_GAP_PX = 18;
const MAX_SPREAD = 6;
/** Once a bin is a day or less, its events cannot separate further by zooming: show them all. */
const STACK_BIN_MS = 86_400_000;

export function binWidth(view: View): number {
  const msPerPx = (view.t1 - view.t0) / view.width;
  return 2 ** Math.ceil(Math.log2(Math.max(BIN_PX * msPerPx, 1)));
}

/** The lane's members overlapping [t0, t1): positions [lo, hi) into `members`. */
export function visibleSpan(lane: LaneEvents, t0: number, t1: number): [number, number] {
  return [lowerBound(lane.starts, t0 - lane.maxSpan), lowerBound(lane.starts, t1)];
}

export function laneMarks(
  lane: LaneEvents,
  view: View,
  index: { start: Float64Array; end: Float64Array; anchor: Float64Array },
  salience: (i: number) => number,
): Mark[] {
  const bin = binWidth(view);
  const first = Math.floor(view.t0 / bin) - 1;
  const nBins = Math.floor(view.t1 / bin) - first + 2;
  const count = new Uint32Array(nBins);
  const lo = new Float64Array(nBins).fill(Infinity);
  const hi = new Float64Array(nBins).fill(-Infinity);
  const amin = new Float64Array(nBins).fill(Infinity);
  const amax = new Float64Array(nBins).fill(-Infinity);
  const top = new Int32Array(nBins).fill(-1);
  const sample: number[][] = [];
  const [from, to] = visibleSpan(lane, view.t0, view.t1);
  for (let k = from; k < to; k++) {
    const i = lane.members[k]!;
    if (index.end[i]! <= view.t0) continue;
    const a = index.anchor[i]!;
    const b = Math.min(nBins - 1, Math.max(0, Math.floor(a / bin) - first));
    count[b]!++;
    if (index.start[i]! < lo[b]!) lo[b] = index.start[i]!;
    if (index.end[i]! > hi[b]!) hi[b] = index.end[i]!;
    if (a < amin[b]!) amin[b] = a;
    if (a > amax[b]!) amax[b] = a;
    if (top[b]! < 0 || salience(i) > salience(top[b]!)) top[b] = i;
    if (count[b]! <= MAX_SPREAD) (sample[b] ??= []).push(i);
  }
  const px = (t: number) => ((t - view.t0) / (view.t1 - view.t0)) * view.width;
  const marks: Mark[] = [];
  for (let b = 0; b < nBins; b++) {
    if (count[b] === 0) continue;
    const members = count[b]! <= MAX_SPREAD ? sample[b]! : null;
    if (members && (bin <= STACK_BIN_MS || spacedApart(members.map((i) => px(index.anchor[i]!))))) {
      for (const i of members)
        marks.push({ kind: 'event', index: i, x: px(index.anchor[i]!), x0: px(index.start[i]!), x1: px(index.end[i]!) });
      continue;
    }
    const x0 = px(amin[b]!);
    const x1 = px(amax[b]!);
    marks.push({ kind: 'cluster', count: count[b]!, t0: lo[b]!, t1: hi[b]!, x0, x1, x: (x0 + x1) / 2, top: top[b]! });
  }
  return marks;
}

function spacedApart(xs: number[]): boolean {
  const sorted = xs.sort((a, b) => a - b);
  for (let k = 1; k < sorted.length; k++) if (sorted[k]! - sorted[k - 1]! < MIN_GAP_PX) return false;
  return true;
}

/** Events per pixel column over the view, for the lane's density strip. */
export function density(
  lane: LaneEvents,
  view: View,
  anchor: Float64Array,
  end: Float64Array,
  columnPx: number,
): Uint32Array {
  const columns = new Uint32Array(Math.max(1, Math.ceil(view.width / columnPx)));
  const [from, to] = visibleSpan(lane, view.t0, view.t1);
  const scale = view.width / (view.t1 - view.t0) / columnPx;
  for (let k = from; k < to; k++) {
    const i = lane.members[k]!;
    if (end[i]! <= view.t0) continue;
    const c = Math.floor((anchor[i]! - view.t0) * scale);
    if (c >= 0 && c < columns.length) columns[c]!++;
  }
  return columns;
}
