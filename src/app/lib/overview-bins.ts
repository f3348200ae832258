/** Event counts in equal time bins over the whole extent: the overview strip's histogram. */
import type { EventIndex } from './event-index';

export function overviewBins(index: EventIndex, kept: Uint32Array, extent: [number, number], bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, bins));
  const scale = counts.length / (extent[1] - extent[0]);
  for (const i of kept) {
    const b = Math.floor((index.anchor[i]! - extent[0]) * scale);
    if (b >= 0 && b < counts.length) counts[b]!++;
  }
  return counts;
}
