/**
 * Lanes: which row each event is drawn in. By document (the first source's), by source site (the
 * document URL's host), or a single lane. A lane keeps its events in anchor order (for binning)
 * and its wide events — a month or longer — in start order (for bands whose middle is off screen).
 */
import type { TimelineDocument } from '../../schema/timeline';
import type { LaneMode } from '../config/url-config';
import { timeOrder, type EventIndex } from './event-index';

export interface Lane {
  key: string;
  label: string;
  /** Positions in the event index, ascending (so in anchor order). */
  members: Uint32Array;
  /** Anchor (ms) of each member, ascending, for binary search. */
  anchors: Float64Array;
  /** Members lasting WIDE_MS or more, grouped by length (months, years, decades, centuries). */
  wide: WideGroup[];
}

/**
 * Long events of similar length, by start: those overlapping a view are found from
 * `start ≥ t0 − maxSpan`, so a century-long event does not make every month-long one a candidate.
 */
export interface WideGroup {
  members: Uint32Array;
  starts: Float64Array;
  maxSpan: number;
}

const DAY_MS = 86_400_000;
/** Upper bounds of the groups' lengths. */
const WIDE_GROUPS = [100 * DAY_MS, 400 * DAY_MS, 4000 * DAY_MS, Infinity];

/** Events this long or longer are bands that can cover the view while their middle is off it. */
export const WIDE_MS = 28 * 86_400_000;

/**
 * Few documents read best one per lane; many are grouped by site, or not at all. A narrow screen
 * (list first, a short chart) gets a single lane.
 */
export function defaultLaneMode(documents: readonly TimelineDocument[], narrow = false): LaneMode {
  if (narrow) return 'none';
  if (documents.length <= 8) return 'document';
  const sites = new Set(documents.map(siteOf));
  return sites.size > 1 && sites.size <= 8 ? 'site' : 'none';
}

export function siteOf(doc: TimelineDocument): string {
  if (!doc.url) return '';
  try {
    return new URL(doc.url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function laneOfDocument(mode: LaneMode, doc: TimelineDocument): { key: string; label: string } {
  if (mode === 'document') return { key: doc.id, label: doc.title || doc.file };
  const site = siteOf(doc);
  return { key: site, label: site || 'No web address' };
}

/**
 * Splits the kept events (positions into the index, ascending) into lanes, in the order of the
 * documents list so that lanes do not jump around when filters change. Empty lanes are dropped.
 */
export function layoutLanes(mode: LaneMode, index: EventIndex, kept: Uint32Array, documents: readonly TimelineDocument[]): Lane[] {
  const keys: string[] = [];
  const labels: string[] = [];
  const laneOfDoc = new Int32Array(Math.max(1, documents.length));
  if (mode === 'none') {
    keys.push('');
    labels.push('All events');
  } else
    documents.forEach((doc, d) => {
      const { key, label } = laneOfDocument(mode, doc);
      let lane = keys.indexOf(key);
      if (lane < 0) {
        lane = keys.push(key) - 1;
        labels.push(label);
      }
      laneOfDoc[d] = lane;
    });
  const sizes = new Uint32Array(keys.length);
  for (const i of kept) sizes[laneOfDoc[index.doc[i]!]!]!++;
  const members = Array.from(sizes, (n) => new Uint32Array(n));
  const filled = new Uint32Array(keys.length);
  for (const i of kept) {
    const lane = laneOfDoc[index.doc[i]!]!;
    members[lane]![filled[lane]!++] = i;
  }
  const lanes: Lane[] = [];
  keys.forEach((key, l) => {
    if (sizes[l] === 0 && mode !== 'none') return;
    const m = members[l]!;
    const anchors = new Float64Array(m.length);
    const groups: number[][] = WIDE_GROUPS.map(() => []);
    for (let k = 0; k < m.length; k++) {
      const i = m[k]!;
      anchors[k] = index.anchor[i]!;
      const span = index.end[i]! - index.start[i]!;
      if (span < WIDE_MS) continue;
      let g = 0;
      while (span >= WIDE_GROUPS[g]!) g++;
      groups[g]!.push(i);
    }
    const wide = groups.filter((g) => g.length > 0).map((g) => wideGroup(g, index));
    lanes.push({ key, label: labels[l]!, members: m, anchors, wide });
  });
  return lanes;
}

/** One group's members (in index order, so ties in start keep anchor order) sorted by start. */
function wideGroup(group: number[], index: EventIndex): WideGroup {
  const n = group.length;
  const byPosition = new Float64Array(n);
  for (let k = 0; k < n; k++) byPosition[k] = index.start[group[k]!]!;
  const order = timeOrder(byPosition);
  const members = new Uint32Array(n);
  const starts = new Float64Array(n);
  let maxSpan = 0;
  for (let k = 0; k < n; k++) {
    const i = group[order[k]!]!;
    members[k] = i;
    starts[k] = byPosition[order[k]!]!;
    maxSpan = Math.max(maxSpan, index.end[i]! - starts[k]!);
  }
  return { members, starts, maxSpan };
}
