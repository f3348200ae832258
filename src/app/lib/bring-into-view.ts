/**
 * The window that brings an event selected from outside the chart (deep link, list, embed host)
 * into view with the least movement: unchanged when it is already drawn on its own; the same span
 * centred on it when it is off screen; when it is inside a cluster, zoomed in (never out) just
 * until the level of detail draws it as its own mark. The zoom stops at a few times the event's
 * own length (a day event never goes past a few days across) and at the deepest zoom.
 */
import { laneMarks, type LaneEvents, type View } from './level-of-detail';
import { MIN_WINDOW_MS } from './zoom-math';

export interface IndexBounds {
  anchor: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

/** Each zoom step narrows the span by 2^(1/8) (~9 %): close to "just enough". */
const STEP = 2 ** (-1 / 8);
/** The deepest zoom shows the event's own length this many times across the view. */
const MIN_SPAN_EVENT_LENGTHS = 3;

export function bringIntoView(i: number, lane: LaneEvents | null, view: View, extent: [number, number], index: IndexBounds): [number, number] {
  const a = index.anchor[i]!;
  const span = view.t1 - view.t0;
  if (a >= view.t0 && a < view.t1 && (!lane || drawnAlone(i, lane, view, index))) return [view.t0, view.t1];
  let win = within(extent, a - span / 2, span);
  if (!lane || drawnAlone(i, lane, { ...view, t0: win[0], t1: win[1] }, index)) return win;
  const floor = Math.min(span, Math.max(MIN_WINDOW_MS, MIN_SPAN_EVENT_LENGTHS * (index.end[i]! - index.start[i]!)));
  for (let s = span * STEP; s > floor; s *= STEP) {
    win = within(extent, a - s / 2, s);
    if (drawnAlone(i, lane, { ...view, t0: win[0], t1: win[1] }, index)) return win;
  }
  return within(extent, a - floor / 2, floor);
}

/** A window of `span` starting at `t0`, shifted (not shrunk) to stay inside the extent. */
function within(extent: [number, number], t0: number, span: number): [number, number] {
  if (span >= extent[1] - extent[0]) return [extent[0], extent[1]];
  const start = Math.min(extent[1] - span, Math.max(extent[0], t0));
  return [start, start + span];
}

function drawnAlone(i: number, lane: LaneEvents, view: View, index: IndexBounds): boolean {
  return laneMarks(lane, view, index).some((m) => m.kind === 'event' && m.index === i);
}
