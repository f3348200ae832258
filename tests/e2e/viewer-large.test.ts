/**
 * The viewer on a generated large timeline (scripts/generate-timeline.ts, 20,000 events, seeded)
 * served with `?src=`, and on dates far before 1 CE and far in the future: level of detail keeps
 * the DOM small, clusters expand, search, filter, keyboard, the virtual list and axe-core work at
 * scale. Only behaviour is asserted here; speed lives in `npm run bench:render`.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TIMELINE_SCHEMA, type Timeline } from '../../src/schema/timeline';
import { toRows } from '../../src/schema/timeline-rows';
import { stringifyLineFramed } from '../../src/schema/line-framed-json';
import { formatEventDate } from '../../src/app/lib/precision-label';
import { generateTimeline } from '../../scripts/generate-timeline';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { launchChromium } from './support/browser';
import { DIST_DIR } from './support/dist';
import { anchorMs, artifact, axisX, markX, passageText, waitForViewer } from './viewer-helpers';

const N = 20_000;
const large = generateTimeline({ events: N, seed: 7 });
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

const extreme: Timeline = {
  schema: TIMELINE_SCHEMA,
  documents: [{ id: 'd', file: 'd.txt', title: 'Far and wide', published: null, text: 'Caesar died on 15 March 44 BC. In 12000 the sun still shines. In 2022 talks began.' }],
  events: [
    {
      id: 'caesar',
      label: 'Caesar assassinated',
      date: { value: '-0043-03-15', start: '-0043-03-15', end: '-0043-03-16', precision: 'day', approximate: false },
      sources: [{ document: 'd', passage: { start: 0, end: 30 }, mention: { start: 15, end: 29, text: '15 March 44 BC' } }],
    },
    {
      id: 'future',
      label: 'The sun still shines',
      date: { value: '12000', start: '+012000-01-01', end: '+012001-01-01', precision: 'year', approximate: false },
      sources: [{ document: 'd', passage: { start: 31, end: 61 }, mention: { start: 34, end: 39, text: '12000' } }],
    },
    {
      id: 'talks',
      label: 'Talks began',
      date: { value: '2022', start: '2022-01-01', end: '2023-01-01', precision: 'year', approximate: false },
      sources: [{ document: 'd', passage: { start: 62, end: 83 }, mention: { start: 65, end: 69, text: '2022' } }],
    },
  ],
  unresolved: [],
  problems: [],
};

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function open(src: string, viewport = { width: 1280, height: 900 }): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport, bypassCSP: true });
  page = await context.newPage();
  await page.goto(`${server.url}?src=${encodeURIComponent(src)}`);
  await waitForViewer(page);
}

const count = async () => (await page.getByTestId('result-count').textContent())?.trim();
const listCount = async () => Number((await page.getByTestId('list-count').textContent())?.replace(/,/g, ''));
const clusterCounts = () =>
  page.locator('[data-testid="timeline"] [data-cluster-count]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-cluster-count'))));
const singles = () => page.locator('[data-testid="timeline"] .mark[data-event-id]').count();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Events in the order the viewer draws and lists them: by the middle of their interval, ties in file order. */
const chronological = large.events.map((e, i) => ({ e, i, a: anchorMs(e) })).sort((x, y) => x.a - y.a || x.i - y.i).map((x) => x.e);

beforeAll(async () => {
  const framed = Buffer.from(stringifyLineFramed(toRows(large)));
  server = await serveStatic(DIST_DIR, {
    // As the CLI writes it: the rows form (timeline@2), one event row per line.
    '/large.json': { body: framed, type: 'application/json' },
    // The same over a slow network: 64 KB pieces 5 ms apart, so the page parses lines as they come.
    '/large-slow.json': { body: framed, type: 'application/json', pieceBytes: 65_536, pieceDelayMs: 5 },
    // Written on one line, as other tools would: parsed whole once it has arrived.
    '/large-one-line.json': { body: Buffer.from(JSON.stringify(toRows(large))), type: 'application/json', pieceBytes: 65_536, pieceDelayMs: 5 },
    '/extreme.json': { body: JSON.stringify(extreme), type: 'application/json' },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe(`a generated timeline of ${N.toLocaleString('en')} events`, () => {
  beforeAll(() => open('/large.json'));

  it('draws every event as part of a cluster or a mark, with a small DOM and a virtual list', async () => {
    expect(await count()).toBe(`${N.toLocaleString('en')} events`);
    expect(await listCount()).toBe(N);
    expect(sum(await clusterCounts()) + (await singles())).toBe(N);
    expect(await page.locator('[data-testid="timeline"] *').count()).toBeLessThan(800);
    expect(await page.getByTestId('event-list').locator('li').count()).toBeLessThan(40);
    await page.screenshot({ path: artifact('viewer-large-overview.png') });
  });

  it('expands clusters as you zoom in, until single events are labelled', async () => {
    const before = Math.max(...(await clusterCounts()));
    const plot = await page.locator('[data-testid="timeline"] .plot').boundingBox();
    await page.mouse.move(plot!.x + plot!.width / 2, plot!.y + 100);
    for (let k = 0; k < 12; k++) await page.mouse.wheel(0, -500);
    await expect.poll(async () => (await singles()) > 0).toBe(true);
    const after = await clusterCounts();
    expect(Math.max(0, ...after)).toBeLessThan(before);
    expect(sum(after) + (await singles())).toBe(await listCount());
    expect(await page.locator('[data-testid="timeline"] .mark .label').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('viewer-large-zoomed.png') });
  });

  it('lists the events in view in order, virtualised, down to the last one', async () => {
    await page.getByTestId('zoom-fit').click();
    const scroller = page.getByTestId('event-list').locator('.scroller');
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = chronological[chronological.length - 1]!;
    await expect.poll(() => page.getByTestId('event-list').locator(`[data-event-id="${last.id}"]`).count()).toBe(1);
    const starts = await page.getByTestId('event-list').locator('button[data-start]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
    const expected = chronological.slice(chronological.length - starts.length).map((e) => e.id);
    expect(starts).toEqual(expected);
  });

  it('searches 20,000 events by label and passage', async () => {
    const word = 'ceasefire';
    const expected = large.events.filter((e) =>
      [e.label, ...e.sources.map((s) => passageText(large, s.document, s.passage))].some((t) => t.toLowerCase().includes(word)),
    ).length;
    await page.getByTestId('search').fill(word);
    expect(await count()).toBe(`${expected.toLocaleString('en')} of ${N.toLocaleString('en')} events`);
    expect(sum(await clusterCounts()) + (await singles())).toBe(expected);
    await page.getByTestId('search').fill('');
    expect(await count()).toBe(`${N.toLocaleString('en')} events`);
  });

  it('filters by precision: decades only, drawn as bands ten years wide', async () => {
    const decades = large.events.filter((e) => e.date.precision === 'decade');
    await page.getByTestId('filters').locator('summary').click();
    await page.locator('[data-testid="filter-precision"][value="decade"]').check();
    expect(await count()).toBe(`${decades.length.toLocaleString('en')} of ${N.toLocaleString('en')} events`);
    await page.getByTestId('filters').locator('summary').click();
    // All of a decade's events share one anchor: a click on their cluster zooms to it and the list
    // shows them, each said as a decade.
    const most = Math.max(...(await clusterCounts()));
    await page.locator(`[data-testid="timeline"] [data-cluster-count="${most}"]`).first().click();
    const rows = page.getByTestId('event-list').locator('button[data-start]');
    expect(await rows.count()).toBeGreaterThan(0);
    const starts = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-start')!));
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toMatch(/^\d{3}0-01-01$/);
    const said = await rows.locator('.date').allTextContents();
    expect(said.every((d) => d.replace(/^around /, '') === `the ${starts[0]!.slice(0, 4)}s`)).toBe(true);
    await page.getByTestId('filters').locator('summary').click();
    await page.getByTestId('reset-filters').click();
    expect(await count()).toBe(`${N.toLocaleString('en')} events`);
  });

  it('keyboard: Home goes to the first event, End to the last, Enter opens, Escape closes', async () => {
    await page.getByTestId('zoom-fit').click();
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('event-panel').getByTestId('event-label').textContent()).toBe(chronological[0]!.label);
    await page.keyboard.press('Escape');
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('event-panel').getByTestId('event-label').textContent()).toBe(chronological[N - 2]!.label);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('event-panel').count()).toBe(0);
  });

  it('has no axe-core violations at scale', async () => {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});

describe('a timeline that arrives in slow pieces', () => {
  it.each([
    ['written one row per line, parsed as it comes', '/large-slow.json'],
    ['written on one line, parsed whole at the end', '/large-one-line.json'],
  ])('is read whole when %s', async (_how, src) => {
    await open(src);
    expect(await count()).toBe(`${N.toLocaleString('en')} events`);
    expect(await listCount()).toBe(N);
    const first = chronological[0]!;
    await expect.poll(() => page.getByTestId('event-list').locator(`[data-event-id="${first.id}"]`).count()).toBe(1);
    expect(await page.getByTestId('event-list').locator(`[data-event-id="${first.id}"]`).first().textContent()).toContain(first.label);
  });
});

describe('dates before 1 CE and far in the future', () => {
  beforeAll(() => open('/extreme.json'));

  it('draws an axis across fourteen thousand years, labelling BCE years', async () => {
    const labels = await page.locator('[data-testid="axis"] .tick').allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.some((l) => l.endsWith(' BCE'))).toBe(true);
    expect(labels).toContain('10000');
    expect(sum(await clusterCounts()) + (await singles())).toBe(3);
    await page.screenshot({ path: artifact('viewer-extreme-dates.png') });
  });

  it('opens 15 March 44 BCE and the year 12000 with their dates said properly', async () => {
    const list = page.getByTestId('event-list');
    await list.locator('[data-event-id="caesar"]').click();
    expect(await page.getByTestId('event-date').textContent()).toContain('Fri 15 March 44 BCE');
    await list.locator('[data-event-id="future"]').click();
    expect(await page.getByTestId('event-date').textContent()).toContain('12000');
    expect(await page.getByTestId('no-publication-date').textContent()).toBe('no publication date');
  });

  it('zooms with + around the chosen event down to the days of March 44 BCE', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('Home');
    const dayTicks = async () => (await page.locator('[data-testid="axis"] .tick').allTextContents()).filter((l) => /^\d{1,2} Mar$/.test(l));
    for (let k = 0; k < 40 && (await dayTicks()).length === 0; k++) await page.keyboard.press('+');
    expect((await dayTicks()).length).toBeGreaterThan(1);
    const day = new Date(0);
    day.setUTCFullYear(-43, 2, 15);
    const noon = day.getTime() + 43_200_000;
    expect(Math.abs((await markX(page, 'caesar')) - (await axisX(page, noon)))).toBeLessThan(1.5);
    await page.screenshot({ path: artifact('viewer-extreme-44bce.png') });
  });
});

describe('the first frame in English', () => {
  /** Counts Intl objects made before `sourceline:first-draw`: the first one loads the locale data. */
  const countIntlUntilFirstDraw = () => {
    const w = window as unknown as { __intl: number; __intlAtDraw?: number };
    w.__intl = 0;
    for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter'] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
        construct(target, args) {
          w.__intl++;
          return Reflect.construct(target, args);
        },
      });
    }
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'sourceline:first-draw') w.__intlAtDraw ??= w.__intl;
      return mark(name, options);
    };
  };

  it('is drawn without creating an Intl object (20,000 events, labelled marks included)', async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(countIntlUntilFirstDraw);
    page = await context.newPage();
    await page.goto(`${server.url}?src=${encodeURIComponent('/large.json')}&start=2010-01-01&end=2010-03-01`);
    await waitForViewer(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __intlAtDraw?: number }).__intlAtDraw)).toBe(0);
    // The marks in view are said with their dates in English words, as formatEventDate says them:
    // the first frame needed month and weekday names.
    const marks = await page
      .locator('[data-testid="timeline"] .mark[data-event-id]')
      .evaluateAll((els) => els.map((el): [string, string] => [el.getAttribute('data-event-id')!, el.getAttribute('aria-label')!]));
    const byId = new Map(large.events.map((e) => [e.id, e]));
    expect(marks.map(([, label]) => label)).toEqual(marks.map(([id]) => `${byId.get(id)!.label} — ${formatEventDate(byId.get(id)!.date)}`));
    expect(marks.some(([, label]) => / — (?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d{1,2} (?:January|February) 2010$/.test(label))).toBe(true);
    expect(await count()).toBe(`${N.toLocaleString('en')} events`);
  });
});
