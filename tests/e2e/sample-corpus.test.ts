/**
 * The sample corpus end to end in real Chromium: the Geneva talks (2022-01-10), the written
 * responses (2022-01-26) and the 1997 Founding Act are drawn where the axis says their dates are;
 * clicking one shows its passages with the date mention highlighted, and the whole document.
 * Events are found in the built timeline by date and passage text, never by label or id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { launchChromium } from './support/browser';
import { DIST_DIR } from './support/dist';
import {
  anchorMs,
  artifact,
  axisX,
  builtTimeline,
  eventByDateAndPassage,
  markX,
  passageText,
  utcMs,
  waitForViewer,
  zoomToMark,
} from './viewer-helpers';

const timeline = builtTimeline();
const geneva = eventByDateAndPassage(timeline, '2022-01-10', 'Geneva');
const responses = eventByDateAndPassage(timeline, '2022-01-26', 'responses');
const foundingAct = eventByDateAndPassage(timeline, '1997-01-01', 'Founding Act');

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DIST_DIR);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 960 } });
  await page.goto(server.url);
  await waitForViewer(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the sample corpus in the browser', () => {
  it('reads the three events from the built timeline with their dates and precision', () => {
    expect(geneva.event.date).toMatchObject({ start: '2022-01-10', end: '2022-01-11', precision: 'day' });
    expect(responses.event.date).toMatchObject({ start: '2022-01-26', end: '2022-01-27', precision: 'day' });
    expect(foundingAct.event.date).toMatchObject({ value: '1997', start: '1997-01-01', end: '1998-01-01', precision: 'year' });
  });

  it('draws the 1997 Founding Act in the middle of 1997 on the axis, as a year band', async () => {
    await zoomToMark(page, foundingAct.event.id, anchorMs(foundingAct.event));
    const mark = page.locator(`[data-testid="timeline"] [data-event-id="${foundingAct.event.id}"]`);
    expect(await mark.getAttribute('data-start')).toBe('1997-01-01');
    expect(await mark.getAttribute('data-end')).toBe('1998-01-01');
    expect(Math.abs((await markX(page, foundingAct.event.id)) - (await axisX(page, anchorMs(foundingAct.event))))).toBeLessThan(1.5);
  });

  it('draws the Geneva talks on 10 January 2022 and the written responses on 26 January 2022', async () => {
    for (const { event } of [responses, geneva]) {
      await page.getByTestId('zoom-fit').click();
      expect(await zoomToMark(page, event.id, anchorMs(event))).toBeGreaterThan(0);
      const mark = page.locator(`[data-testid="timeline"] [data-event-id="${event.id}"]`).first();
      expect(await mark.getAttribute('data-start')).toBe(event.date.start);
      expect(Math.abs((await markX(page, event.id)) - (await axisX(page, anchorMs(event))))).toBeLessThan(1.5);
      // Zoomed in far enough that being a day off would show.
      expect((await axisX(page, utcMs('2022-01-02'))) - (await axisX(page, utcMs('2022-01-01')))).toBeGreaterThan(10);
    }
  });

  it('opens the Geneva talks: the passage with the date mention highlighted, the document and its link', async () => {
    await page.locator(`[data-testid="timeline"] [data-event-id="${geneva.event.id}"]`).first().click();
    const panel = page.getByTestId('event-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('event-date').textContent()).toContain('Mon 10 January 2022');
    const passage = passageText(timeline, geneva.source.document, geneva.source.passage);
    const source = panel.getByTestId('source').filter({ hasText: passage.slice(0, 60) }).first();
    expect((await source.getByTestId('passage').textContent())?.trim()).toBe(passage.trim());
    const mention = passageText(timeline, geneva.source.document, geneva.source.mention);
    expect(mention).toBe(geneva.source.mention.text);
    expect(await source.locator('mark.mention').allTextContents()).toEqual([mention]);
    const doc = timeline.documents.find((d) => d.id === geneva.source.document)!;
    expect(await source.getByTestId('document-title').textContent()).toBe(doc.title);
    expect(await source.getByTestId('document-link').getAttribute('href')).toBe(doc.url);
    await page.screenshot({ path: artifact('sample-corpus-panel.png') });
  });

  it('"Read the whole document" shows the full text scrolled to the highlighted passage', async () => {
    const passage = passageText(timeline, geneva.source.document, geneva.source.passage);
    const panel = page.getByTestId('event-panel');
    await panel.getByTestId('source').filter({ hasText: passage.slice(0, 60) }).first().getByTestId('read-document').click();
    const text = panel.getByTestId('document-text');
    await text.waitFor();
    const doc = timeline.documents.find((d) => d.id === geneva.source.document)!;
    expect(await text.textContent()).toBe(doc.text);
    const highlighted = text.getByTestId('document-passage');
    expect(await highlighted.textContent()).toBe(passage);
    expect(await highlighted.locator('mark.mention').allTextContents()).toEqual([geneva.source.mention.text]);
    const [box, view] = [await highlighted.boundingBox(), await text.boundingBox()];
    expect(box!.y).toBeGreaterThanOrEqual(view!.y - 1);
    expect(box!.y).toBeLessThan(view!.y + view!.height);
    await page.screenshot({ path: artifact('sample-corpus-document.png') });
  });

  it('opens the written responses from the list view with its mention highlighted', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('zoom-fit').click();
    await page.getByTestId('search').fill('written responses');
    await page.getByTestId('event-list').locator(`[data-event-id="${responses.event.id}"]`).click();
    const panel = page.getByTestId('event-panel');
    const passage = passageText(timeline, responses.source.document, responses.source.passage);
    const source = panel.getByTestId('source').filter({ hasText: passage.slice(0, 60) }).first();
    expect(await source.locator('mark.mention').allTextContents()).toEqual([responses.source.mention.text]);
    expect(await panel.getByTestId('event-date').textContent()).toContain('Wed 26 January 2022');
    await page.screenshot({ path: artifact('sample-corpus.png') });
  });
});
