import { describe, expect, it } from 'vitest';
import { timeOrder, buildEventIndex, lowerBound } from '../../../src/app/lib/event-index';
import { buildSearchText, filterEvents, NO_FILTER } from '../../../src/app/lib/event-filter';
import { defaultLaneMode, layoutLanes, siteOf, WIDE_MS } from '../../../src/app/lib/lanes';
import { keptAnchors, stepEvent, visibleEvents } from '../../../src/app/lib/visible-events';
import { sampleTimeline } from './fixtures';
import type { Timeline, TimelineEvent } from '../../../src/schema/timeline';

const timeline = sampleTimeline();
const index = buildEventIndex(timeline);
const ids = (positions: ArrayLike<number>) => Array.from(positions, (i) => index.events[i]!.id);
const all = filterEvents(index, NO_FILTER, () => buildSearchText(index, timeline.documents));
const search = () => buildSearchText(index, timeline.documents);

describe('event index', () => {
  it('orders events by the middle of their interval, ties in file order', () => {
    expect(ids(Array.from(index.events.keys()))).toEqual(['nineties', 'act', 'geneva', 'geneva-2', 'responses']);
    expect(index.anchor[2]).toBe(Date.UTC(2022, 0, 10, 12));
    expect(index.start[0]).toBe(Date.UTC(1990, 0, 1));
    expect(index.end[0]).toBe(Date.UTC(2000, 0, 1));
    expect(Array.from(index.salience)).toEqual([1, 1, 3, 1, 2]);
    expect(Array.from(index.doc)).toEqual([2, 0, 0, 2, 1]);
    expect([index.min, index.max]).toEqual([Date.UTC(1990, 0, 1), Date.UTC(2022, 0, 27)]);
  });

  it('finds events by id, and says when there is none', () => {
    expect(index.find('act')).toBe(1);
    expect(index.find('missing')).toBe(-1);
  });

  it('sorts anchors that are not whole half-days too', () => {
    expect(Array.from(timeOrder(Float64Array.from([5.5, 1.25, 3, 1.25])))).toEqual([1, 3, 2, 0]);
    expect(Array.from(timeOrder(Float64Array.from([86_400_000, 0, 43_200_000])))).toEqual([1, 2, 0]);
  });

  it('binary-searches sorted arrays', () => {
    const a = [1, 3, 3, 7];
    expect([0, 1, 3, 4, 8].map((x) => lowerBound(a, x))).toEqual([0, 0, 1, 3, 4]);
  });
});

describe('search and filters', () => {
  it('keeps everything without a filter', () => {
    expect(ids(all)).toEqual(ids(Array.from(index.events.keys())));
  });

  it('searches labels and the passages of the sources, case-insensitively', () => {
    expect(ids(filterEvents(index, { ...NO_FILTER, query: '  GENEVA ' }, search))).toEqual(['geneva', 'geneva-2']);
    expect(ids(filterEvents(index, { ...NO_FILTER, query: 'founding act' }, search))).toEqual(['act']);
    // Words elsewhere in the document but outside the passages do not match.
    expect(ids(filterEvents(index, { ...NO_FILTER, query: 'responses' }, search))).toEqual(['responses']);
    expect(ids(filterEvents(index, { ...NO_FILTER, query: 'nothing at all' }, search))).toEqual([]);
  });

  it('filters by document, precision, date range (end exclusive) and salience', () => {
    expect(ids(filterEvents(index, { ...NO_FILTER, documents: ['c'] }, search))).toEqual(['nineties', 'geneva-2']);
    expect(ids(filterEvents(index, { ...NO_FILTER, precisions: ['year', 'decade'] }, search))).toEqual(['nineties', 'act']);
    const range = [Date.UTC(1999, 0, 1), Date.UTC(2022, 0, 10)] as const;
    expect(ids(filterEvents(index, { ...NO_FILTER, range }, search))).toEqual(['nineties']);
    expect(ids(filterEvents(index, { ...NO_FILTER, minSalience: 2 }, search))).toEqual(['geneva', 'responses']);
  });
});

describe('lanes', () => {
  it('picks lanes by document for a few documents, none on a narrow screen', () => {
    expect(defaultLaneMode(timeline.documents)).toBe('document');
    expect(defaultLaneMode(timeline.documents, true)).toBe('none');
    const many = Array.from({ length: 20 }, (_, k) => ({ ...timeline.documents[0]!, id: `d${k}`, url: `https://s${k % 3}.example/x` }));
    expect(defaultLaneMode(many)).toBe('site');
    expect(defaultLaneMode(many.map((d, k) => ({ ...d, url: `https://s${k}.example/` })))).toBe('none');
  });

  it('groups by document, by site (www. dropped, no URL on its own) or not at all', () => {
    const byDoc = layoutLanes('document', index, all, timeline.documents);
    expect(byDoc.map((l) => [l.label, ids(l.members)])).toEqual([
      ['Alpha', ['act', 'geneva']],
      ['Beta', ['responses']],
      ['Gamma', ['nineties', 'geneva-2']],
    ]);
    expect(siteOf(timeline.documents[0]!)).toBe('news.example');
    const bySite = layoutLanes('site', index, all, timeline.documents);
    expect(bySite.map((l) => [l.label, ids(l.members)])).toEqual([
      ['news.example', ['act', 'geneva', 'responses']],
      ['No web address', ['nineties', 'geneva-2']],
    ]);
    const none = layoutLanes('none', index, all, timeline.documents);
    expect(none.map((l) => [l.label, l.members.length])).toEqual([['All events', 5]]);
  });

  it('keeps anchors for binning and long events by start for off-screen bands; drops empty lanes', () => {
    const [alpha] = layoutLanes('document', index, all, timeline.documents);
    expect(Array.from(alpha!.anchors)).toEqual([index.anchor[1], index.anchor[2]]);
    expect(alpha!.wide.map((g) => [ids(g.members), g.maxSpan])).toEqual([[['act'], 365 * 86_400_000]]);
    const [, , gamma] = layoutLanes('document', index, all, timeline.documents);
    // The decade and the day: only the decade is long, in a group of its own length.
    expect(gamma!.wide.map((g) => [ids(g.members), g.maxSpan >= 10 * 365 * 86_400_000])).toEqual([[['nineties'], true]]);
    expect(WIDE_MS).toBe(28 * 86_400_000);
    const onlyC = filterEvents(index, { ...NO_FILTER, documents: ['c'] }, search);
    expect(layoutLanes('document', index, onlyC, timeline.documents).map((l) => l.label)).toEqual(['Gamma']);
  });

  it('sorts each group of long events by start, ties in anchor order', () => {
    const period = (id: string, start: string, end: string): TimelineEvent => ({
      id,
      label: id,
      date: { value: start, start, end, precision: 'month', approximate: false },
      sources: [{ document: 'a', passage: { start: 0, end: 1 }, mention: { start: 0, end: 1, text: 'T' } }],
    });
    const t: Timeline = {
      ...sampleTimeline(),
      events: [
        // Two start on 1 March; the one listed second in the file has the earlier anchor (31 March).
        period('june', '2020-06-01', '2020-07-01'),
        period('spring', '2020-03-01', '2020-06-01'),
        period('march-april', '2020-03-01', '2020-05-01'),
        period('may', '2020-05-01', '2020-06-01'),
      ],
    };
    const idx = buildEventIndex(t);
    const kept = Uint32Array.from(idx.events.keys());
    const [lane] = layoutLanes('document', idx, kept, t.documents);
    const wideIds = lane!.wide.map((g) => Array.from(g.members, (i) => idx.events[i]!.id));
    expect(wideIds).toEqual([['march-april', 'spring', 'may', 'june']]);
    expect(Array.from(lane!.wide[0]!.starts)).toEqual(['2020-03-01', '2020-03-01', '2020-05-01', '2020-06-01'].map(Date.parse));
    expect(lane!.wide[0]!.maxSpan).toBe(92 * 86_400_000);
  });
});

describe('the list and the keyboard', () => {
  it('lists the kept events whose mark is in the window, as a slice', () => {
    const anchors = keptAnchors(index.anchor, all);
    expect(anchors).toBe(index.anchor);
    expect(ids(visibleEvents(all, anchors, Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)))).toEqual(['geneva', 'geneva-2', 'responses']);
    expect(ids(visibleEvents(all, anchors, Date.UTC(2022, 0, 10, 13), Date.UTC(2022, 0, 26)))).toEqual([]);
    const some = Uint32Array.from([0, 4]);
    expect(Array.from(keptAnchors(index.anchor, some))).toEqual([index.anchor[0], index.anchor[4]]);
  });

  it('steps between kept events and stops at the ends', () => {
    const kept = Uint32Array.from([1, 2, 4]);
    expect(stepEvent(kept, -1, 1)).toBe(1);
    expect(stepEvent(kept, -1, -1)).toBe(4);
    expect(stepEvent(kept, 1, 1)).toBe(2);
    expect(stepEvent(kept, 4, 1)).toBe(4);
    expect(stepEvent(kept, 1, -1)).toBe(1);
    expect(stepEvent(kept, 2, Infinity)).toBe(4);
    expect(stepEvent(kept, 2, -Infinity)).toBe(1);
    expect(stepEvent(new Uint32Array(0), 0, 1)).toBe(-1);
  });
});
