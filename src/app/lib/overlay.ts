/**
 * From the level-of-detail marks of every lane to the few hundred HTML marks laid over the canvas:
 * clusters with counts, and single events with a label where the label-collision pass finds room.
 */
import type { Mark } from './level-of-detail';
import { labelWidth, placeLabels } from './label-layout';

export interface LaneGeometry {
  /** Top of the lane, px from the top of the plot. */
  top: number;
  height: number;
  /** y of the marks' centre line. */
  baseline: number;
  /** Label rows available above the baseline. */
  rows: number;
}

export const ROW_PX = 20;
/** Room for the lane's name at its top. */
const LANE_LABEL_PX = 20;
const MAX_LABEL_PX = 220;

export function laneGeometry(lane: number, laneHeight: number, top = 0): LaneGeometry {
  const laneTop = top + lane * laneHeight;
  const baseline = laneTop + laneHeight - 20;
  return { top: laneTop, height: laneHeight, baseline, rows: Math.max(0, Math.floor((laneHeight - 30 - LANE_LABEL_PX) / ROW_PX)) };
}

export interface OverlayEvent {
  kind: 'event';
  index: number;
  lane: number;
  x: number;
  y: number;
  x0: number;
  x1: number;
  /** y of the label, or null when it found no room. */
  labelY: number | null;
}

export interface OverlayCluster {
  kind: 'cluster';
  bin: number;
  lane: number;
  x: number;
  y: number;
  width: number;
  count: number;
  t0: number;
  t1: number;
}

export type OverlayItem = OverlayEvent | OverlayCluster;

/** A cluster's bubble fits its count and stays narrower than a bin, so neighbours do not overlap. */
export function pillWidth(count: number): number {
  return Math.max(26, 12 + 7.5 * String(count).length);
}

export function buildOverlay(
  lanes: readonly Mark[][],
  geometry: (lane: number) => LaneGeometry,
  labelOf: (index: number) => string,
  priorityOf: (index: number) => number,
  limit: number,
): OverlayItem[] {
  const items: OverlayItem[] = [];
  lanes.forEach((marks, lane) => {
    const g = geometry(lane);
    const singles = marks.filter((m) => m.kind === 'event');
    const rows = placeLabels(
      singles.map((m) => ({ x: m.x - 4, width: labelWidth(labelOf(m.index), MAX_LABEL_PX), priority: priorityOf(m.index) })),
      g.rows,
      limit,
    );
    singles.forEach((m, k) => {
      const row = rows[k]!;
      items.push({ kind: 'event', index: m.index, lane, x: m.x, y: g.baseline, x0: m.x0, x1: m.x1, labelY: row < 0 ? null : g.baseline - 10 - (row + 1) * ROW_PX });
    });
    for (const m of marks)
      if (m.kind === 'cluster')
        items.push({ kind: 'cluster', bin: m.bin, lane, x: m.x, y: g.baseline, width: pillWidth(m.count), count: m.count, t0: m.t0, t1: m.t1 });
  });
  return items.length > limit ? items.slice(0, limit) : items;
}
