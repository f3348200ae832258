import { describe, expect, it } from 'vitest';
import { bringIntoView } from '../../../src/app/lib/bring-into-view';
import { laneMarks, type View } from '../../../src/app/lib/level-of-detail';

const DAY = 86_400_000;
const t2022 = Date.UTC(2022, 0, 1);

/** One lane of day events, given in days after 2022-01-01; anchors at noon. */
function lane(days: number[]) {
  const anchor = Float64Array.from(days.map((d) => t2022 + d * DAY + DAY / 2));
  const index = { anchor, start: anchor.map((a) => a - DAY / 2), end: anchor.map((a) => a + DAY / 2) };
  return { lane: { members: Uint32Array.from(days.keys()), anchors: anchor }, index };
}

const extent: [number, number] = [t2022 - 1000 * DAY, t2022 + 1000 * DAY];
const alone = (l: ReturnType<typeof lane>, i: number, view: View) =>
  laneMarks(l.lane, view, l.index).some((m) => m.kind === 'event' && m.index === i);

describe('bringIntoView', () => {
  it('leaves the window alone when the event is on screen and drawn on its own', () => {
    const l = lane([0, 40, 80]);
    const view = { t0: t2022 - 10 * DAY, t1: t2022 + 90 * DAY, width: 1000 };
    expect(alone(l, 1, view)).toBe(true);
    expect(bringIntoView(1, l.lane, view, extent, l.index)).toEqual([view.t0, view.t1]);
  });

  it('centres an off-screen event, keeping the span', () => {
    const l = lane([0, 300]);
    const view = { t0: t2022 - 10 * DAY, t1: t2022 + 90 * DAY, width: 1000 };
    const a = l.index.anchor[1]!;
    expect(bringIntoView(1, l.lane, view, extent, l.index)).toEqual([a - 50 * DAY, a + 50 * DAY]);
  });

  it('shifts (never shrinks) a centred window that would pass the end of the data', () => {
    const l = lane([0, 995]);
    const view = { t0: t2022 - 10 * DAY, t1: t2022 + 90 * DAY, width: 1000 };
    expect(bringIntoView(1, l.lane, view, extent, l.index)).toEqual([extent[1] - 100 * DAY, extent[1]]);
  });

  it('zooms into a cluster just until the event is drawn alone, centred on it', () => {
    // Two events a day apart are one cluster over ten years at 1000 px.
    const l = lane([0, 1]);
    const view = { t0: t2022 - 1800 * DAY, t1: t2022 + 1800 * DAY, width: 1000 };
    expect(alone(l, 1, view)).toBe(false);
    const [t0, t1] = bringIntoView(1, l.lane, view, extent, l.index);
    const a = l.index.anchor[1]!;
    const span = t1 - t0;
    // The largest span of the sequence 3600 days · 2^(−k/8) at which the event is alone.
    let expected = 3600 * DAY;
    while (!alone(l, 1, { t0: a - expected / 2, t1: a + expected / 2, width: 1000 })) expected *= 2 ** (-1 / 8);
    // 3600 days · 2^(−49/8) ≈ 51.58 days: a day is 19.4 px, past the 18 px two marks need
    // (at 56.25 days it is 17.8 px, still a cluster).
    expect(expected / DAY).toBeCloseTo(3600 * 2 ** (-49 / 8), 9);
    expect(expected / DAY).toBeCloseTo(51.5815, 4);
    expect(t0).toBeCloseTo(a - expected / 2, -1);
    expect(t1).toBeCloseTo(a + expected / 2, -1);
    expect(alone(l, 1, { t0, t1, width: 1000 })).toBe(true);
    expect(alone(l, 1, { t0: a - (span / 2) * 2 ** (1 / 8), t1: a + (span / 2) * 2 ** (1 / 8), width: 1000 })).toBe(false);
    expect(span).toBeLessThan(view.t1 - view.t0);
  });

  it('never zooms past a few days for a day event, nor out', () => {
    // Seven events on the same day never separate (more than a bin shows): stop at three days.
    const l = lane([5, 5, 5, 5, 5, 5, 5]);
    const view = { t0: t2022 - 100 * DAY, t1: t2022 + 100 * DAY, width: 1000 };
    const a = l.index.anchor[3]!;
    expect(bringIntoView(3, l.lane, view, extent, l.index)).toEqual([a - 1.5 * DAY, a + 1.5 * DAY]);
    // Already narrower than that and clustered: the same span, centred, not wider.
    const narrow = { t0: a - DAY, t1: a + DAY, width: 1000 };
    expect(bringIntoView(3, l.lane, narrow, extent, l.index)).toEqual([a - DAY, a + DAY]);
  });

  it('only pans when the event is in no lane (filtered out)', () => {
    const l = lane([0, 1]);
    const view = { t0: t2022 + 100 * DAY, t1: t2022 + 200 * DAY, width: 1000 };
    const a = l.index.anchor[0]!;
    expect(bringIntoView(0, null, view, extent, l.index)).toEqual([a - 50 * DAY, a + 50 * DAY]);
    expect(bringIntoView(0, null, { ...view, t0: t2022 - DAY }, extent, l.index)).toEqual([t2022 - DAY, view.t1]);
  });
});
