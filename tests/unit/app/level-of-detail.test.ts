import { describe, expect, it } from 'vitest';
import { binWidth, BIN_PX, density, laneMarks, MIN_GAP_PX, type Mark, type View } from '../../../src/app/lib/level-of-detail';
import { labelWidth, placeLabels } from '../../../src/app/lib/label-layout';
import { buildOverlay, laneGeometry, pillWidth } from '../../../src/app/lib/overlay';

const DAY = 86_400_000;
const t2022 = Date.UTC(2022, 0, 1);

/** A lane of n events, anchors given in days after 2022-01-01 (noon), one day long each. */
function lane(days: number[]) {
  const anchors = Float64Array.from(days.map((d) => t2022 + d * DAY + DAY / 2));
  return {
    lane: { members: Uint32Array.from(days.keys()), anchors },
    index: { start: Float64Array.from(anchors, (a) => a - DAY / 2), end: Float64Array.from(anchors, (a) => a + DAY / 2) },
  };
}

const count = (marks: Mark[]) => marks.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 1), 0);

describe('level of detail', () => {
  it('uses power-of-two bins 48–96 px wide', () => {
    for (const span of [DAY, 30 * DAY, 3650 * DAY, 1e15]) {
      const view: View = { t0: 0, t1: span, width: 1000 };
      const bin = binWidth(view);
      expect(Math.log2(bin) % 1).toBe(0);
      const px = (bin / span) * 1000;
      expect(px).toBeGreaterThanOrEqual(BIN_PX);
      expect(px).toBeLessThan(2 * BIN_PX);
    }
  });

  it('clusters crowded bins and counts exactly the events in view', () => {
    const days = Array.from({ length: 300 }, (_, k) => k % 100);
    days.sort((a, b) => a - b);
    const { lane: l, index } = lane(days);
    const view = { t0: t2022, t1: t2022 + 100 * DAY, width: 400 };
    const marks = laneMarks(l, view, index);
    expect(marks.every((m) => m.kind === 'cluster')).toBe(true);
    expect(count(marks)).toBe(300);
    const half = laneMarks(l, { ...view, t1: t2022 + 50 * DAY }, index);
    expect(count(half)).toBe(150);
  });

  it('shows a few well-spaced events one by one, and crowded ones as a cluster', () => {
    const { lane: l, index } = lane([0, 10, 20]);
    const wide = laneMarks(l, { t0: t2022, t1: t2022 + 30 * DAY, width: 3000 }, index);
    expect(wide.map((m) => m.kind)).toEqual(['event', 'event', 'event']);
    expect((wide[1] as { x: number }).x).toBeCloseTo(((10.5 * DAY) / (30 * DAY)) * 3000, 6);
    const narrow = laneMarks(l, { t0: t2022, t1: t2022 + 3000 * DAY, width: 1000 }, index);
    expect(narrow).toHaveLength(1);
    expect(narrow[0]).toMatchObject({ kind: 'cluster', count: 3, t0: l.anchors[0], t1: l.anchors[2] });
  });

  it('keeps clusters in place while panning and splits them when zooming in', () => {
    const days = Array.from({ length: 200 }, (_, k) => Math.floor(k / 2));
    const { lane: l, index } = lane(days);
    const view = { t0: t2022, t1: t2022 + 365 * DAY, width: 800 };
    const bins = (v: View) => laneMarks(l, v, index).map((m) => (m.kind === 'cluster' ? `${m.bin}:${m.count}` : 'e'));
    const shift = 3 * DAY;
    const panned = bins({ ...view, t0: view.t0 - shift, t1: view.t1 - shift });
    expect(panned).toEqual(bins(view));
    const zoomed = laneMarks(l, { ...view, t1: t2022 + 182 * DAY }, index);
    expect(zoomed.length).toBeGreaterThan(laneMarks(l, view, index).length);
  });

  it('stacks the events of one day once a bin is a day or less', () => {
    const { lane: l, index } = lane([5, 5, 5]);
    const marks = laneMarks(l, { t0: t2022 + 5 * DAY, t1: t2022 + 6 * DAY, width: 1000 }, index);
    expect(marks.map((m) => m.kind)).toEqual(['event', 'event', 'event']);
    expect(MIN_GAP_PX).toBeGreaterThan(0);
  });

  it('counts events per pixel column for the density strip', () => {
    const { lane: l } = lane([0, 0, 1, 9]);
    expect(Array.from(density(l, { t0: t2022, t1: t2022 + 10 * DAY, width: 10 }, 1))).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
});

describe('labels', () => {
  it('estimates widths up to a maximum', () => {
    expect(labelWidth('abc', 100)).toBeCloseTo(3 * 6.6 + 10, 6);
    expect(labelWidth('x'.repeat(100), 100)).toBe(100);
  });

  it('puts labels in the first free row, most important first, and leaves out what does not fit', () => {
    const rows = placeLabels(
      [
        { x: 0, width: 100, priority: 1 },
        { x: 50, width: 100, priority: 5 },
        { x: 60, width: 100, priority: 1 },
        { x: 300, width: 50, priority: 1 },
      ],
      2,
      10,
    );
    expect(Array.from(rows)).toEqual([1, 0, -1, 0]);
    expect(Array.from(placeLabels([{ x: 0, width: 10, priority: 1 }, { x: 100, width: 10, priority: 1 }], 1, 1))).toEqual([0, -1]);
    expect(Array.from(placeLabels([{ x: 0, width: 10, priority: 1 }], 0, 10))).toEqual([-1]);
  });

  it('lays marks and labels over the lanes, within a limit', () => {
    const g = laneGeometry(1, 100, 30);
    expect(g).toEqual({ top: 130, height: 100, baseline: 210, rows: 2 });
    const marks: Mark[][] = [
      [
        { kind: 'event', index: 0, x: 10, x0: 5, x1: 15 },
        { kind: 'cluster', bin: 3, count: 4, t0: 0, t1: 1, x0: 100, x1: 120, x: 110 },
      ],
    ];
    const items = buildOverlay(marks, (l) => laneGeometry(l, 100, 30), () => 'label', () => 1, 10);
    expect(items).toEqual([
      { kind: 'event', index: 0, lane: 0, x: 10, y: 110, x0: 5, x1: 15, labelY: 80 },
      { kind: 'cluster', bin: 3, lane: 0, x: 110, y: 110, width: 26, count: 4, t0: 0, t1: 1 },
    ]);
    expect([1, 12, 1234, 100000].map(pillWidth)).toEqual([26, 27, 42, 57]);
    expect(buildOverlay(marks, (l) => laneGeometry(l, 100, 30), () => 'label', () => 1, 1)).toHaveLength(1);
  });
});
