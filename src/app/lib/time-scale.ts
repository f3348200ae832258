/**
 * A linear UTC time scale (ms → px) and the zoom transform that derives the visible scale from the
 * base one without mutating it, in the shape of d3-zoom's `ZoomTransform.rescaleX`.
 *
 * Why not d3-scale's scaleUtc and d3-zoom's behaviour: together with what they pull in
 * (d3-transition, d3-color, d3-interpolate, d3-time-format) they weigh ~26 KB gzip, more than half
 * of the viewer's 40 KB budget. The math is a few lines; tick instants still come from d3-time.
 */
export interface TimeScale {
  /** Domain in ms since the epoch (UTC). */
  readonly d0: number;
  readonly d1: number;
  /** Range in px. */
  readonly r0: number;
  readonly r1: number;
}

export function timeScale(d0: number, d1: number, r0: number, r1: number): TimeScale {
  return { d0, d1, r0, r1 };
}

export function toPx(s: TimeScale, t: number): number {
  return s.r0 + ((t - s.d0) / (s.d1 - s.d0)) * (s.r1 - s.r0);
}

export function toTime(s: TimeScale, px: number): number {
  return s.d0 + ((px - s.r0) / (s.r1 - s.r0)) * (s.d1 - s.d0);
}

/** Immutable zoom transform: px' = px · k + x. */
export class ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
  ) {}

  apply(px: number): number {
    return px * this.k + this.x;
  }

  invert(px: number): number {
    return (px - this.x) / this.k;
  }

  /** The visible scale: the base scale's range mapped back through this transform. */
  rescaleX(base: TimeScale): TimeScale {
    return timeScale(toTime(base, this.invert(base.r0)), toTime(base, this.invert(base.r1)), base.r0, base.r1);
  }

  /** Zoom by `factor` keeping the point at `px` (screen) fixed. */
  scaleBy(factor: number, px: number): ZoomTransform {
    const k = this.k * factor;
    return new ZoomTransform(k, px - this.invert(px) * k);
  }

  translateBy(dx: number): ZoomTransform {
    return new ZoomTransform(this.k, this.x + dx);
  }
}

export const zoomIdentity = new ZoomTransform(1, 0);

/** Keeps the view inside the base range (no panning past the data) and k within [1, maxK]. */
export function constrain(t: ZoomTransform, width: number, maxK: number): ZoomTransform {
  const k = Math.min(maxK, Math.max(1, t.k));
  const x = Math.min(0, Math.max(width - width * k, t.x));
  return k === t.k && x === t.x ? t : new ZoomTransform(k, x);
}
