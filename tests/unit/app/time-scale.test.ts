import { describe, expect, it } from 'vitest';
import { constrain, timeScale, toPx, toTime, ZoomTransform, zoomIdentity } from '../../../src/app/lib/time-scale';
import { baseScale, maxZoom, MIN_WINDOW_MS, paddedExtent, transformForWindow, windowOf } from '../../../src/app/lib/zoom-math';
import { axisTicks, tickLabel } from '../../../src/app/lib/time-axis';

const DAY = 86_400_000;
const y2000 = Date.UTC(2000, 0, 1);
const y2020 = Date.UTC(2020, 0, 1);

describe('time scale and zoom transform', () => {
  it('maps time to pixels and back', () => {
    const s = timeScale(y2000, y2020, 0, 1000);
    expect(toPx(s, y2000)).toBe(0);
    expect(toPx(s, y2020)).toBe(1000);
    expect(toTime(s, 500)).toBe((y2000 + y2020) / 2);
  });

  it('derives the zoomed scale without touching the base one', () => {
    const base = timeScale(y2000, y2020, 0, 1000);
    const copy = { ...base };
    const zoomed = new ZoomTransform(4, -1500).rescaleX(base);
    expect(base).toEqual(copy);
    expect(zoomed.d0).toBe(toTime(base, 375));
    expect(zoomed.d1).toBe(toTime(base, 625));
  });

  it('zooms around a point that stays where it is', () => {
    const base = timeScale(y2000, y2020, 0, 1000);
    const t = zoomIdentity.scaleBy(8, 900);
    expect(toTime(t.rescaleX(base), 900)).toBeCloseTo(toTime(base, 900), -1);
    expect(t.k).toBe(8);
  });

  it('keeps the view inside the data and the zoom within its limits', () => {
    expect(constrain(new ZoomTransform(0.5, 0), 1000, 10)).toEqual(new ZoomTransform(1, 0));
    expect(constrain(new ZoomTransform(2, 50), 1000, 10)).toEqual(new ZoomTransform(2, 0));
    expect(constrain(new ZoomTransform(2, -5000), 1000, 10)).toEqual(new ZoomTransform(2, -1000));
    expect(constrain(new ZoomTransform(50, 0), 1000, 10).k).toBe(10);
    const ok = new ZoomTransform(2, -300);
    expect(constrain(ok, 1000, 10)).toBe(ok);
  });

  it('finds the transform for a window, and the window of a transform', () => {
    const base = baseScale([y2000, y2020], 800);
    const t = transformForWindow(base, Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1));
    const [t0, t1] = windowOf(t.rescaleX(base));
    expect(t0).toBeCloseTo(Date.UTC(2010, 0, 1), -3);
    expect(t1).toBeCloseTo(Date.UTC(2011, 0, 1), -3);
    // Outside the data it is clamped to it; narrower than an hour it stops at an hour.
    expect(windowOf(transformForWindow(base, y2000 - 1e12, y2020 + 1e12).rescaleX(base))).toEqual([y2000, y2020]);
    const [h0, h1] = windowOf(transformForWindow(base, y2000 + DAY, y2000 + DAY + 1000).rescaleX(base));
    expect(h1 - h0).toBeCloseTo(MIN_WINDOW_MS, -3);
    expect(maxZoom([y2000, y2020])).toBe((y2020 - y2000) / MIN_WINDOW_MS);
  });

  it('pads the extent, widens a single instant, and stays in the Date range', () => {
    const [a, b] = paddedExtent(y2000, y2020);
    expect(a).toBe(y2000 - (y2020 - y2000) * 0.04);
    expect(b).toBe(y2020 + (y2020 - y2000) * 0.04);
    const [c, d] = paddedExtent(y2000, y2000 + DAY);
    expect(d - c).toBeCloseTo(30 * DAY * 1.08, -3);
    expect((c + d) / 2).toBeCloseTo(y2000 + DAY / 2, -3);
    expect(paddedExtent(-8.6e15, 8.6e15)).toEqual([-8.64e15, 8.64e15]);
  });
});

describe('axis ticks', () => {
  it('labels ticks from centuries to hours, BCE included', () => {
    const year = 365 * DAY;
    const at = (y: number, m = 0, d = 1, h = 0) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m, d);
      date.setUTCHours(h);
      return date;
    };
    expect(tickLabel(at(1900), 100 * year)).toEqual({ label: '1900', major: true });
    expect(tickLabel(at(-500), 100 * year)).toEqual({ label: '501 BCE', major: true });
    expect(tickLabel(at(1995), year)).toEqual({ label: '1995', major: false });
    expect(tickLabel(at(2022, 0), 31 * DAY)).toEqual({ label: '2022', major: true });
    expect(tickLabel(at(2022, 2), 31 * DAY)).toEqual({ label: 'Mar', major: false });
    expect(tickLabel(at(2022, 0, 10), DAY)).toEqual({ label: '10 Jan', major: false });
    expect(tickLabel(at(2022, 1, 1), DAY)).toEqual({ label: 'Feb 2022', major: true });
    expect(tickLabel(at(2022, 0, 10, 15), 3_600_000)).toEqual({ label: '15:00', major: false });
    expect(tickLabel(at(2022, 0, 10, 0), 3_600_000)).toEqual({ label: '10 Jan 2022', major: true });
  });

  it('places ticks on the scale, about one per 90 px', () => {
    const s = timeScale(Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 31), 0, 900);
    const ticks = axisTicks(s, 900);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(16);
    for (const t of ticks) expect(t.x).toBeCloseTo(toPx(s, t.time), 6);
    expect(axisTicks(timeScale(-1e14, 1e14, 0, 900), 900).some((t) => t.label.endsWith('BCE'))).toBe(true);
  });
});
