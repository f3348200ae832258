/**
 * Shared steps for the viewer's browser tests: open the built app, read the axis, find and reach
 * an event's mark the way a reader would (clicking clusters to zoom in).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Timeline, TimelineEvent } from '../../src/schema/timeline';
import { readTimeline } from '../support/read-timeline';
import { DIST_DIR } from './support/dist';

export const ARTIFACTS = path.resolve('artifacts');

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

export function builtTimeline(): Timeline {
  return readTimeline(path.join(DIST_DIR, 'timeline.json'));
}

export function passageText(timeline: Timeline, documentId: string, span: { start: number; end: number }): string {
  const doc = timeline.documents.find((d) => d.id === documentId);
  return (doc?.text ?? '').slice(span.start, span.end);
}

/** The event on `start` (ISO day) with a source passage containing `words`, and that source. */
export function eventByDateAndPassage(timeline: Timeline, start: string, words: string) {
  for (const event of timeline.events) {
    if (event.date.start !== start) continue;
    const source = event.sources.find((s) => passageText(timeline, s.document, s.passage).includes(words));
    if (source) return { event, source };
  }
  throw new Error(`no event on ${start} with a passage containing "${words}" in the built timeline`);
}

export function utcMs(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Where an event is drawn: the middle of its interval. */
export function anchorMs(event: TimelineEvent): number {
  return (utcMs(event.date.start) + utcMs(event.date.end)) / 2;
}

export async function waitForViewer(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="timeline"] .tick');
  await page.waitForFunction(() => performance.getEntriesByName('sourceline:first-draw').length > 0);
}

/** The x (page px) of an instant, interpolated between the axis ticks' left edges. */
export async function axisX(page: Page, time: number): Promise<number> {
  const ticks = await page.$$eval('[data-testid="axis"] .tick', (els) =>
    els.map((el) => ({ time: Number(el.getAttribute('data-time')), x: el.getBoundingClientRect().left })),
  );
  if (ticks.length < 2) throw new Error('the axis has fewer than two ticks');
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return a.x + ((time - a.time) / (b.time - a.time)) * (b.x - a.x);
}

/** Centre x (page px) of the mark of an event. */
export async function markX(page: Page, eventId: string): Promise<number> {
  const box = await page.locator(`[data-testid="timeline"] [data-event-id="${eventId}"]`).first().boundingBox();
  if (!box) throw new Error(`no mark for ${eventId}`);
  return box.x + box.width / 2;
}

export async function markVisible(page: Page, eventId: string): Promise<boolean> {
  return (await page.locator(`[data-testid="timeline"] [data-event-id="${eventId}"]`).count()) > 0;
}

/** Clicks the cluster holding `time` until the event's own mark is drawn; returns the clicks made. */
export async function zoomToMark(page: Page, eventId: string, time: number, maxClicks = 12): Promise<number> {
  for (let clicks = 0; clicks <= maxClicks; clicks++) {
    if (await markVisible(page, eventId)) return clicks;
    const clusters = await page.$$eval('[data-testid="timeline"] [data-cluster-count]', (els) =>
      els.map((el, i) => ({ i, t0: Number(el.getAttribute('data-t0')), t1: Number(el.getAttribute('data-t1')) })),
    );
    const hit = clusters.find((c) => c.t0 <= time && time <= c.t1);
    if (!hit) throw new Error(`no mark and no cluster for ${eventId} in the view`);
    await page.locator('[data-testid="timeline"] [data-cluster-count]').nth(hit.i).click();
  }
  throw new Error(`the mark of ${eventId} did not appear after ${maxClicks} cluster clicks`);
}
