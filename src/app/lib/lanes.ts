/**
 * Lanes: which row each event is drawn in. By document (the first source's), by source site (the
 * document URL's host), or a single lane. Each lane keeps its events' positions in start order.
 */
import type { TimelineDocument, TimelineEvent } from '../../schema/timeline';
import type { LaneMode } from '../config/url-config';

export interface Lane {
  key: string;
  label: string;
  /** Positions in the event index, ascending (so in start order). */
  members: Uint32Array;
  /** Start (ms) of each member, for binary search. */
  starts: Float64Array;
  /** Longest interval in the lane: how far before the window a visible band can start. */
  maxSpan: number;
}

/** Few documents read best one per lane; many are grouped by site, or not at all. */
export function defaultLaneMode(documents: readonly TimelineDocument[]): LaneMode {
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

function laneKey(mode: LaneMode, doc: TimelineDocument | undefined): { key: string; label: string } {
  if (mode === 'none' || !doc) return { key: '', label: mode === 'none' ? 'All events' : 'Unknown document' };
  if (mode === 'document') return { key: doc.id, label: doc.title || doc.file };
  const site = siteOf(doc);
  return { key: site, label: site || 'No web address' };
}

/**
 * Splits the kept events (positions into the index, ascending) into lanes, in the order of the
 * documents list so that lanes do not jump around when filters change.
 */
export function layoutLanes(
  mode: LaneMode,
  events: readonly TimelineEvent[],
  kept: Uint32Array,
  documents: readonly TimelineDocument[],
  start: Float64Array,
  end: Float64Array,
): Lane[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const order: string[] = [];
  const labels = new Map<string, string>();
  for (const d of mode === 'none' ? [undefined] : documents) {
    const { key, label } = laneKey(mode, d);
    if (!labels.has(key)) {
      labels.set(key, label);
      order.push(key);
    }
  }
  const buckets = new Map<string, number[]>(order.map((k) => [k, []]));
  const spans = new Map<string, number>();
  for (const i of kept) {
    const { key, label } = laneKey(mode, docs.get(events[i]!.sources[0]?.document ?? ''));
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = [];
      buckets.set(key, bucket);
      labels.set(key, label);
      order.push(key);
    }
    bucket.push(i);
    spans.set(key, Math.max(spans.get(key) ?? 0, end[i]! - start[i]!));
  }
  return order
    .filter((k) => mode === 'none' || buckets.get(k)!.length > 0)
    .map((k) => {
      const members = Uint32Array.from(buckets.get(k)!);
      return { key: k, label: labels.get(k)!, members, starts: Float64Array.from(members, (i) => start[i]!), maxSpan: spans.get(k) ?? 0 };
    });
}
