/**
 * The viewer on the sample corpus in real Chromium: zoom (wheel, keys, buttons), cluster
 * expansion, search, filters, lanes, keyboard navigation, the list view, the date-range brush,
 * axe-core (light and dark), the 320 px layout, and bringing an event selected from outside the
 * chart into view. Screenshots go to artifacts/.
 */
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { launchChromium } from './support/browser';
import { DIST_DIR } from './support/dist';
import { validateTimeline, type TimelineEvent } from '../../src/schema/timeline';
import { artifact, builtTimeline, passageText, waitForViewer } from './viewer-helpers';
import { toRows } from '../../src/schema/timeline-rows';
import { parseTimeline } from '../support/read-timeline';

const timeline = builtTimeline();
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function open(query = '', viewport = { width: 1280, height: 900 }): Promise<void> {
  await context?.close();
  // axe-core is injected as an inline script, which the page's CSP (rightly) forbids.
  context = await browser.newContext({ viewport, bypassCSP: true });
  page = await context.newPage();
  await page.goto(server.url + query);
  await waitForViewer(page);
}

const viewWindow = (): Promise<[number, number]> =>
  page.getByTestId('timeline').evaluate((el) => [Number(el.getAttribute('data-t0')), Number(el.getAttribute('data-t1'))] as [number, number]);
const count = async () => (await page.getByTestId('result-count').textContent())?.trim();
const listCount = async () => Number((await page.getByTestId('list-count').textContent())?.replace(/,/g, ''));

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  server = await serveStatic(DIST_DIR);
  browser = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('zoom and clusters', () => {
  beforeEach(() => open());

  it('zooms in and out with the wheel around the pointer, and with + and − keys', async () => {
    const [a0, a1] = await viewWindow();
    const plot = await page.locator('[data-testid="timeline"] .plot').boundingBox();
    await page.mouse.move(plot!.x + plot!.width * 0.9, plot!.y + plot!.height / 2);
    await page.mouse.wheel(0, -500);
    await expect.poll(async () => (await viewWindow())[0]).toBeGreaterThan(a0);
    const [b0, b1] = await viewWindow();
    // 500 px of wheel is a factor of 2^(500 × 0.002) = 2.
    expect((b1 - b0) / (a1 - a0)).toBeCloseTo(0.5, 3);
    // The instant under the pointer (90% across the plot) stays where it was.
    const at = (t0: number, t1: number) => t0 + 0.9 * (t1 - t0);
    expect(Math.abs(at(b0, b1) - at(a0, a1))).toBeLessThan((a1 - a0) / 1000);
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('-');
    const [c0, c1] = await viewWindow();
    expect(c1 - c0).toBeCloseTo(Math.min(a1 - a0, (b1 - b0) * 2), -3);
    await page.keyboard.press('+');
    const [d0, d1] = await viewWindow();
    expect(d1 - d0).toBeCloseTo((c1 - c0) / 2, -3);
    await page.getByTestId('zoom-fit').click();
    expect(await viewWindow()).toEqual([a0, a1]);
  });

  it('zooms with a two-finger pinch and pans with one finger on a touch screen', async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 800, height: 900 }, hasTouch: true, bypassCSP: true });
    page = await context.newPage();
    await page.goto(server.url);
    await waitForViewer(page);
    const [a0, a1] = await viewWindow();
    const plot = (await page.locator('[data-testid="timeline"] .plot').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const y = plot.y + plot.height / 2;
    const cx = plot.x + plot.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: number[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((x, id) => ({ x, y, id })) });
    await touch('touchStart', [cx - 50, cx + 50]);
    for (let k = 1; k <= 5; k++) await touch('touchMove', [cx - 50 - 20 * k, cx + 50 + 20 * k]);
    await touch('touchEnd', []);
    const [b0, b1] = await viewWindow();
    // Fingers from 100 px to 300 px apart: three times closer in.
    expect((b1 - b0) / (a1 - a0)).toBeCloseTo(1 / 3, 1);
    await touch('touchStart', [cx]);
    for (let k = 1; k <= 5; k++) await touch('touchMove', [cx + 20 * k]);
    await touch('touchEnd', []);
    const [c0, c1] = await viewWindow();
    expect(c1 - c0).toBeCloseTo(b1 - b0, -3);
    expect(c0).toBeLessThan(b0);
  });

  it('drags to pan without opening the mark under the pointer', async () => {
    await page.getByTestId('zoom-in').click();
    const [a0, a1] = await viewWindow();
    const plot = await page.locator('[data-testid="timeline"] .plot').boundingBox();
    await page.mouse.move(plot!.x + 400, plot!.y + plot!.height - 30);
    await page.mouse.down();
    await page.mouse.move(plot!.x + 600, plot!.y + plot!.height - 30, { steps: 5 });
    await page.mouse.up();
    const [b0, b1] = await viewWindow();
    expect(b1 - b0).toBeCloseTo(a1 - a0, -3);
    expect(b0).toBeLessThan(a0);
    expect(await page.getByTestId('event-panel').count()).toBe(0);
  });

  it('shows clusters with counts that add up to the events in view, and a click on one zooms to it', async () => {
    const clusterTotal = async () =>
      (await page.locator('[data-testid="timeline"] [data-cluster-count]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-cluster-count'))))).reduce((a, b) => a + b, 0);
    const singles = () => page.locator('[data-testid="timeline"] .mark[data-event-id]').count();
    expect((await clusterTotal()) + (await singles())).toBe(timeline.events.length);
    expect(await listCount()).toBe(timeline.events.length);
    const counts = await page.locator('[data-testid="timeline"] [data-cluster-count]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-cluster-count'))));
    const most = Math.max(...counts);
    const biggest = page.locator(`[data-testid="timeline"] [data-cluster-count="${most}"]`).first();
    const [t0, t1] = await biggest.evaluate((el) => [Number(el.getAttribute('data-t0')), Number(el.getAttribute('data-t1'))]);
    await biggest.click();
    const [w0, w1] = await viewWindow();
    expect(w0).toBeLessThanOrEqual(t0);
    expect(w1).toBeGreaterThanOrEqual(t1);
    // The cluster came apart: its events are now several marks and smaller clusters.
    const inside = await page.locator('[data-testid="timeline"] [data-cluster-count]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-cluster-count'))));
    expect(Math.max(0, ...inside)).toBeLessThan(most);
    expect(inside.length + (await singles())).toBeGreaterThan(1);
    // Everything in the new view is still counted once: marks and clusters = the list.
    expect((await clusterTotal()) + (await singles())).toBe(await listCount());
    await page.screenshot({ path: artifact('viewer-sample-cluster-expanded.png') });
  });
});

describe('search, filters and lanes', () => {
  beforeEach(() => open());

  it('searches labels and passages, shows the count and highlights the hits', async () => {
    const query = 'geneva';
    const expected = timeline.events.filter((e) =>
      [e.label, ...e.sources.map((s) => passageText(timeline, s.document, s.passage))].some((t) => t.toLowerCase().includes(query)),
    );
    expect(expected.length).toBeGreaterThan(0);
    await page.getByTestId('search').fill('Geneva');
    expect(await count()).toBe(`${expected.length} of ${timeline.events.length} events`);
    expect(await listCount()).toBe(expected.length);
    const listed = await page.getByTestId('event-list').locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    expect(listed.sort()).toEqual(expected.map((e) => e.id).sort());
    await page.getByTestId('event-list').locator('[data-event-id]').first().click();
    const hits = await page.getByTestId('event-panel').locator('mark.search').allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.toLowerCase() === query)).toBe(true);
    await page.screenshot({ path: artifact('viewer-sample-search.png') });
    await page.getByTestId('search').fill('no such words anywhere');
    expect(await count()).toBe(`0 of ${timeline.events.length} events`);
    expect(await page.getByTestId('event-list').textContent()).toContain('No events in this view');
  });

  it('filters by document and by precision', async () => {
    const doc = timeline.documents[1]!;
    const inDoc = timeline.events.filter((e) => e.sources.some((s) => s.document === doc.id));
    await page.getByTestId('filters').locator('summary').click();
    await page.locator(`[data-testid="filter-document"][value="${doc.id}"]`).check();
    expect(await count()).toBe(`${inDoc.length} of ${timeline.events.length} events`);
    await page.locator(`[data-testid="filter-document"][value="${doc.id}"]`).uncheck();
    const days = timeline.events.filter((e) => e.date.precision === 'day');
    await page.locator('[data-testid="filter-precision"][value="day"]').check();
    expect(await count()).toBe(`${days.length} of ${timeline.events.length} events`);
    await page.getByTestId('reset-filters').click();
    expect(await count()).toBe(`${timeline.events.length} events`);
  });

  it('filters by date range with the brush on the overview strip', async () => {
    const strip = await page.locator('[data-testid="overview"] svg').boundingBox();
    await page.mouse.move(strip!.x + strip!.width * 0.9, strip!.y + 10);
    await page.mouse.down();
    await page.mouse.move(strip!.x + strip!.width - 1, strip!.y + 10, { steps: 4 });
    await page.mouse.up();
    const shown = Number((await count())!.split(' ')[0]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(timeline.events.length);
    expect(await page.getByTestId('overview').textContent()).toContain('Showing');
    await page.getByTestId('clear-range').click();
    expect(await count()).toBe(`${timeline.events.length} events`);
  });

  it('switches lanes: by document (default for five documents), by site, none', async () => {
    const labels = () => page.getByTestId('lane-label').allTextContents();
    expect(await labels()).toEqual(timeline.documents.filter((d) => timeline.events.some((e) => e.sources[0]!.document === d.id)).map((d) => d.title));
    await page.locator('[data-lanes="site"]').click();
    const sites = [...new Set(timeline.documents.map((d) => (d.url ? new URL(d.url).host.replace(/^www\./, '') : 'No web address')))];
    expect((await labels()).sort()).toEqual(sites.sort());
    expect(await page.locator('[data-lanes="site"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-lanes="none"]').click();
    expect(await labels()).toEqual([]);
    await page.screenshot({ path: artifact('viewer-sample-no-lanes.png') });
  });

  it('takes its initial state from the URL: lanes, search and document filter', async () => {
    await open(`?lanes=none&q=Monday&doc=${timeline.documents[1]!.id}`);
    expect(await page.getByTestId('lane-label').count()).toBe(0);
    expect(await page.getByTestId('search').inputValue()).toBe('Monday');
    const expected = timeline.events.filter(
      (e) =>
        e.sources.some((s) => s.document === timeline.documents[1]!.id) &&
        [e.label, ...e.sources.map((s) => passageText(timeline, s.document, s.passage))].some((t) => t.toLowerCase().includes('monday')),
    );
    expect(await count()).toBe(`${expected.length} of ${timeline.events.length} events`);
  });
});

describe('keyboard and list view', () => {
  beforeEach(() => open());

  it('moves between events with the arrow keys, opens with Enter, closes with Escape', async () => {
    const sorted = [...timeline.events].sort(
      (a, b) => Date.parse(a.date.start) + Date.parse(a.date.end) - Date.parse(b.date.start) - Date.parse(b.date.end),
    );
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('event-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('event-label').textContent()).toBe(sorted[1]!.label);
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('timeline');
  });

  it('the list is chronological, follows the view, and is a keyboard path', async () => {
    const dates = await page.getByTestId('event-list').locator('[data-start]').evaluateAll((els) => els.map((e) => e.getAttribute('data-start')!));
    expect(dates.length).toBeGreaterThan(3);
    const first = page.getByTestId('event-list').locator('button[data-event-id]').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    const ids = await page.getByTestId('event-list').locator('button[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    expect(focused).toBe(ids[1]);
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('event-panel').getByTestId('event-label').textContent()).toBe(timeline.events.find((e) => e.id === ids[1])!.label);
    // Zooming in narrows the list to what is on screen.
    await page.getByTestId('zoom-fit').click();
    const all = await listCount();
    await page.locator('[data-testid="timeline"] [data-cluster-count]').first().click();
    expect(await listCount()).toBeLessThan(all);
  });
});

describe('accessibility and layout', () => {
  it('draws the overview strip after the first frame, in a place kept for it: nothing moves or resizes', async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    // The chart's height and where the list starts, while the placeholder holds the strip's place
    // and once the strip is in (the chart takes whatever height the strip leaves it).
    await page.addInitScript(() => {
      const seen: Record<string, [number, number]> = {};
      (window as unknown as { overviewLayout: typeof seen }).overviewLayout = seen;
      new MutationObserver(() => {
        const [list, chart] = [document.querySelector('.list-area'), document.querySelector('[data-testid="timeline"]')];
        if (!list || !chart) return;
        const layout: [number, number] = [chart.getBoundingClientRect().height, list.getBoundingClientRect().top];
        if (document.querySelector('.overview-placeholder')) seen.placeholder ??= layout;
        if (document.querySelector('[data-testid="overview"]')) seen.strip ??= layout;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url);
    await waitForViewer(page);
    await page.getByTestId('overview').waitFor();
    const seen = await page.evaluate(() => (window as unknown as { overviewLayout: Record<string, [number, number]> }).overviewLayout);
    expect(seen.placeholder![0]).toBeGreaterThan(100);
    expect(seen.strip).toEqual(seen.placeholder);
  });

  it('has no axe-core violations, light and dark, with the panel and the whole document open', async () => {
    await open();
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('event-list').locator('button[data-event-id]').first().click();
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('read-document').first().click();
    expect(await axeViolations()).toEqual([]);
    await open('?dark=true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('event-list').locator('button[data-event-id]').first().click();
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: artifact('viewer-sample-dark.png') });
  });

  it('works at 320 px wide: no horizontal scrolling, list first, the panel covers the screen', async () => {
    await open('', { width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const list = await page.getByTestId('event-list').boundingBox();
    expect(list!.width).toBeGreaterThan(300);
    expect(list!.height).toBeGreaterThan(200);
    await page.screenshot({ path: artifact('viewer-sample-320.png') });
    await page.getByTestId('event-list').locator('button[data-event-id]').first().click();
    const panel = await page.getByTestId('event-panel').boundingBox();
    expect(panel).toEqual({ x: 0, y: 0, width: 320, height: 640 });
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: artifact('viewer-sample-320-panel.png') });
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('event-panel').count()).toBe(0);
  });

  it('says when a timeline has no events, and counts documents without a publication date', async () => {
    const empty = { schema: 'sourceline/timeline@1', documents: [{ id: 'x', file: 'x.txt', title: 'X', published: null }], events: [], unresolved: [], problems: [] };
    server.routes.set('/empty.json', { body: JSON.stringify(empty), type: 'application/json' });
    await open('?src=/empty.json');
    expect(await page.getByTestId('no-events').textContent()).toContain('This timeline has no events yet');
    expect(await page.getByTestId('undated-count').textContent()).toBe('1 document has no publication date');
    expect(await page.getByTestId('result-count').textContent()).toBe('0 events');
  });

  it('shows the problems of the extraction in the header, file by file, and counts one event as "1 event"', async () => {
    const one = {
      ...timeline,
      events: timeline.events.slice(0, 1),
      problems: [
        { file: 'data/scan.pdf', problem: 'PDF files are not read: save it as text or HTML', severity: 'error' },
        { file: 'data/notes.txt', problem: 'no publication date found: relative dates stay unresolved', severity: 'warning' },
      ],
    };
    server.routes.set('/problems.json', { body: JSON.stringify(one), type: 'application/json' });
    await open('?src=/problems.json');
    expect(await page.getByTestId('summary').evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim())).toMatch(
      new RegExp(`^${timeline.documents.length} documents · 1 event( ·|$)`),
    );
    expect(await page.getByTestId('result-count').textContent()).toBe('1 event');
    const problems = page.getByTestId('problems');
    expect(await problems.locator('summary').textContent()).toBe('2 problems');
    expect(await page.getByTestId('problem').first().isVisible()).toBe(false);
    await problems.locator('summary').click();
    expect(await page.getByTestId('problem').allTextContents()).toEqual([
      'data/scan.pdf: PDF files are not read: save it as text or HTML',
      'data/notes.txt (warning): no publication date found: relative dates stay unresolved',
    ]);
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: artifact('viewer-problems.png') });

    // One problem is "1 problem"; none shows no control at all.
    server.routes.set('/one-problem.json', { body: JSON.stringify({ ...one, problems: one.problems.slice(0, 1) }), type: 'application/json' });
    await open('?src=/one-problem.json');
    expect(await page.getByTestId('problems').locator('summary').textContent()).toBe('1 problem');
    await open();
    expect(timeline.problems).toEqual([]);
    expect(await page.getByTestId('problems').count()).toBe(0);
  });

  it('shows a clear message for a file that is not a timeline', async () => {
    server.routes.set('/broken.json', { body: JSON.stringify({ schema: 'sourceline/timeline@1', documents: [], events: [{}] }), type: 'application/json' });
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${server.url}?src=/broken.json`);
    const alert = page.getByTestId('load-error');
    await alert.waitFor();
    const errors = (validateTimeline(JSON.parse(server.routes.get('/broken.json')!.body as string)) as { errors: string[] }).errors;
    expect(await alert.locator('p').textContent()).toBe(`/broken.json is not a Sourceline timeline: ${errors.slice(0, 3).join('; ')}`);
    expect(errors[0]).toBe('events[0].id must be a string');
  });

  it('names the row and the column of a bad cell in a rows file (timeline@2, what the CLI writes)', async () => {
    const rows = toRows(timeline);
    (rows.events.rows[0] as unknown[])[3] = '10 January 2022';
    server.routes.set('/bad-rows.json', { body: JSON.stringify(rows), type: 'application/json' });
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${server.url}?src=/bad-rows.json`);
    const alert = page.getByTestId('load-error');
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe('/bad-rows.json is not a Sourceline timeline: events.rows[0].start must be a YYYY-MM-DD date');
  });

  it('says so in place of the list when the list cannot be loaded, and the chart still works', async () => {
    await openWithChunkAborted('EventList');
    await expectAlert('list-error', 'The event list could not be loaded. Reload the page to try again.');
    expect(await page.getByTestId('result-count').textContent()).toBe(`${timeline.events.length} events`);
  });

  it('says so in place of the date strip when it cannot be loaded, and the chart and list still work', async () => {
    await openWithChunkAborted('Overview');
    await expectAlert('overview-error', 'The date strip could not be loaded. Reload the page to try again.');
    expect(await page.getByTestId('overview').count()).toBe(0);
    await page.getByTestId('event-list').locator('[data-event-id]').first().waitFor();
  });

  it('says so in place of the passages when the event panel cannot be loaded', async () => {
    await openWithChunkAborted('EventPanel');
    await page.getByTestId('event-list').locator('[data-event-id]').first().click();
    await expectAlert('panel-error', 'The passages could not be loaded. Reload the page to try again.');
    expect(await page.getByTestId('event-panel').count()).toBe(0);
  });
});

/** A fresh page on the sample whose lazily loaded chunk `name` (e.g. `EventList`) never arrives. */
async function openWithChunkAborted(name: string): Promise<void> {
  context = await browser.newContext();
  await context.route(new RegExp(`/assets/${name}-[^/]+\\.js$`), (route) => route.abort());
  page = await context.newPage();
  await page.goto(server.url);
  await waitForViewer(page);
}

/** The element `testId` appears with exactly `text`, announced as an alert. */
async function expectAlert(testId: string, text: string): Promise<void> {
  const message = page.getByTestId(testId);
  await message.waitFor();
  expect(await message.textContent()).toBe(text);
  expect(await message.getAttribute('role')).toBe('alert');
}

const chartMark = (id: string) => page.locator(`[data-testid="timeline"] [data-event-id="${id}"]`);
/** The first day event on `day` in the timeline.json the page is served (found by date, not by id). */
async function servedEventOn(day: string): Promise<TimelineEvent> {
  const served = parseTimeline(await page.evaluate(async () => (await fetch('timeline.json')).text()));
  const event = served.events.find((e) => e.date.start === day && e.date.precision === 'day');
  if (!event) throw new Error(`the served timeline has no day event on ${day}`);
  return event;
}

describe('selecting an event brings it into view', () => {
  it('a deep link to an event inside a cluster zooms in until its labelled mark is in the chart', async () => {
    await open();
    const target = await servedEventOn('2022-01-10');
    // At the first window the event is not drawn on its own.
    expect(await chartMark(target.id).count()).toBe(0);
    const [f0, f1] = await viewWindow();

    await open(`#event=${encodeURIComponent(target.id)}`);
    await page.getByTestId('event-panel').waitFor();
    const mark = chartMark(target.id);
    await mark.waitFor();
    const [t0, t1] = await viewWindow();
    expect(t1 - t0).toBeLessThan(f1 - f0);
    expect(t1 - t0).toBeGreaterThan(3 * 86_400_000);
    const chart = (await page.getByTestId('timeline').boundingBox())!;
    const box = (await mark.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(chart.x);
    expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
    expect(box.y).toBeGreaterThanOrEqual(chart.y);
    expect(box.y + box.height).toBeLessThanOrEqual(chart.y + chart.height);
    await expect(mark.locator('.label').textContent()).resolves.toBe(target.label);
    expect(await mark.locator('.label').isVisible()).toBe(true);
  });

  it('picking a clustered event in the list zooms the chart to its own mark', async () => {
    await open();
    const target = await servedEventOn('2022-01-10');
    expect(await chartMark(target.id).count()).toBe(0);
    // The list draws only the rows in its viewport: scroll down to the event's row.
    const row = page.locator(`[data-testid="event-list"] [data-event-id="${target.id}"]`);
    for (let step = 0; step < 100 && (await row.count()) === 0; step++) {
      await page.getByTestId('event-list').locator('.scroller').evaluate((el) => el.scrollBy(0, 150));
      await page.waitForTimeout(20);
    }
    await row.click();
    await page.getByTestId('event-panel').waitFor();
    await chartMark(target.id).waitFor();
    const [t0, t1] = await viewWindow();
    const anchor = (Date.parse(target.date.start) + Date.parse(target.date.end)) / 2;
    expect(anchor).toBeGreaterThan(t0);
    expect(anchor).toBeLessThan(t1);
  });

  it('a click on a mark already on screen opens it and leaves the window unchanged', async () => {
    await open();
    const marks = page.locator('[data-testid="timeline"] [data-event-id]');
    expect(await marks.count()).toBeGreaterThan(0);
    const before = await viewWindow();
    const ticks = await page.$$eval('[data-testid="axis"] .tick', (els) => els.map((el) => el.getAttribute('data-time')));
    const mark = marks.first();
    const id = (await mark.getAttribute('data-event-id'))!;
    await mark.click();
    await page.getByTestId('event-panel').waitFor();
    expect(await mark.evaluate((el) => el.classList.contains('open'))).toBe(true);
    expect(await viewWindow()).toEqual(before);
    expect(await page.$$eval('[data-testid="axis"] .tick', (els) => els.map((el) => el.getAttribute('data-time')))).toEqual(ticks);
  });
});
