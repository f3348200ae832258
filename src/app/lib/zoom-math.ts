/**
 * Windows and zoom transforms. The base scale maps the padded extent of the data to the width;
 * a transform derives the visible scale (`transform.rescaleX(base)`), never mutating the base.
 */
import { DAY_MS, MAX_TIME, MIN_TIME } from './iso-day';
import { timeScale, toPx, ZoomTransform, type TimeScale } from './time-scale';

const YEAR_MS = 365.25 * DAY_MS;
/** The deepest zoom shows about an hour across the view. */
export const MIN_WINDOW_MS = 3_600_000;

/** The data's extent with a margin, never empty, within the JS Date range. */
export function paddedExtent(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    const y2000 = Date.UTC(2000, 0, 1);
    return [y2000 - YEAR_MS, y2000 + YEAR_MS];
  }
  if (max - min < 30 * DAY_MS) {
    // A single instant or a few days: show a month around them.
    const mid = (min + max) / 2;
    [min, max] = [mid - 15 * DAY_MS, mid + 15 * DAY_MS];
  }
  const pad = (max - min) * 0.04;
  return [Math.max(MIN_TIME, min - pad), Math.min(MAX_TIME, max + pad)];
}

export function baseScale(extent: [number, number], width: number): TimeScale {
  return timeScale(extent[0], extent[1], 0, width);
}

export function maxZoom(extent: [number, number]): number {
  return Math.max(1, (extent[1] - extent[0]) / MIN_WINDOW_MS);
}

/** The transform that shows [t0, t1) across the base scale's range, within the zoom limits. */
export function transformForWindow(base: TimeScale, t0: number, t1: number): ZoomTransform {
  const lo = Math.max(base.d0, Math.min(t0, t1));
  const hi = Math.min(base.d1, Math.max(t0, t1));
  const k = Math.min(maxZoom([base.d0, base.d1]), Math.max(1, (base.d1 - base.d0) / Math.max(hi - lo, 1)));
  const x = base.r0 - toPx(base, lo) * k;
  return new ZoomTransform(k, Math.min(0, Math.max(x, base.r1 - base.r1 * k)));
}

export function windowOf(scale: TimeScale): [number, number] {
  return [scale.d0, scale.d1];
}
