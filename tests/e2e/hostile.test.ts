/**
 * Issue 7 in real Chromium: a timeline built by the CLI from a hostile web page (scripts, onerror,
 * javascript: links, markup written as text) plus the sample corpus. Opening its event and the
 * whole document must run nothing (no dialog, no CSP violation), fetch nothing from another origin,
 * and show the hostile text literally, as text. A hand-tampered copy of the JSON with a
 * `javascript:` document URL must not produce a link.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import type { Timeline } from '../../src/schema/timeline';
import { HOSTILE_HTML, HOSTILE_SENTENCE, SAMPLE_CORPUS } from '../unit/input/hostile-corpus';
import { launchChromium } from './support/browser';
import { readTimeline } from '../support/read-timeline';
import { DIST_DIR } from './support/dist';
import { artifact } from './viewer-helpers';

const HOSTILE_TITLE = 'Hostile <img src=x onerror=alert(document.domain)> page';

function buildHostileTimeline(): Timeline {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourceline-hostile-e2e-'));
  try {
    cpSync(SAMPLE_CORPUS, dir, { recursive: true });
    writeFileSync(path.join(dir, 'hostile.html'), HOSTILE_HTML);
    const out = path.join(dir, 'timeline.json');
    const run = spawnSync(process.execPath, ['bin/sourceline.js', 'extract', dir, '--out', out, '--quiet'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`sourceline extract failed: ${run.stderr}`);
    return readTimeline(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const timeline = buildHostileTimeline();
const hostileDoc = timeline.documents.find((d) => d.title === HOSTILE_TITLE)!;
const hostileEvent = timeline.events.find(
  (e) => e.date.value === '2021-05-05' && e.sources.some((s) => s.document === hostileDoc.id),
)!;
/** The same timeline, tampered with by hand: a script URL where an http(s) link belongs. */
const tampered: Timeline = {
  ...timeline,
  documents: timeline.documents.map((d) => (d.id === hostileDoc.id ? { ...d, url: 'javascript:alert("url")' } : d)),
};

let server: StaticServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const requests: string[] = [];

async function violations(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Opens the hostile event from the list view, as a reader would. */
async function openHostileEvent(src: string): Promise<void> {
  await page.goto(`${server.url}?src=${src}`);
  await page.getByTestId('search').fill('onerror');
  await page.getByTestId('event-list').locator(`[data-event-id="${hostileEvent.id}"]`).click();
  await page.getByTestId('event-panel').waitFor();
}

beforeAll(async () => {
  server = await serveStatic(DIST_DIR, {
    '/hostile.json': { body: JSON.stringify(timeline), type: 'application/json' },
    '/tampered.json': { body: JSON.stringify(tampered), type: 'application/json' },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 960 } });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  // Init scripts come from the test harness, not the page, so the page's CSP does not apply to them.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a timeline built from a hostile web page', () => {
  it('was built with the hostile page read as text', () => {
    expect(hostileDoc.text).toContain(HOSTILE_SENTENCE);
    expect(hostileEvent.sources.map((s) => s.mention.text)).toContain('5 May 2021');
  });

  it('shows the passage and the document title literally, with no element injected', async () => {
    await openHostileEvent('hostile.json');
    const panel = page.getByTestId('event-panel');
    const source = panel.getByTestId('source').filter({ has: page.getByTestId('document-title').getByText(HOSTILE_TITLE, { exact: true }) });
    expect(await source.getByTestId('passage').textContent()).toContain(HOSTILE_SENTENCE);
    expect(await source.getByTestId('document-title').textContent()).toBe(HOSTILE_TITLE);
    expect(await source.locator('mark.mention').allTextContents()).toEqual(['5 May 2021']);
    expect(await page.locator('script:not([src]), img[src="x"], iframe, object, embed, [onerror], [onload], [onclick]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await page.screenshot({ path: artifact('hostile-panel.png') });
  });

  it('"Read the whole document" shows the exact extracted text, markup as text', async () => {
    const panel = page.getByTestId('event-panel');
    await panel.getByTestId('source').filter({ hasText: 'onerror' }).first().getByTestId('read-document').click();
    const text = panel.getByTestId('document-text');
    await text.waitFor();
    expect(await text.textContent()).toBe(hostileDoc.text);
    // Only the viewer's own highlight elements inside the text: nothing from the page.
    expect(await text.locator(':not(mark)').count()).toBe(0);
    expect(await text.getByTestId('document-passage').textContent()).toContain(HOSTILE_SENTENCE);
    await page.screenshot({ path: artifact('hostile-document.png') });
  });

  it('a javascript: document URL smuggled into the JSON never becomes a link', async () => {
    await openHostileEvent('tampered.json');
    const source = page.getByTestId('event-panel').getByTestId('source').filter({ hasText: 'onerror' }).first();
    expect(await source.getByTestId('passage').textContent()).toContain(HOSTILE_SENTENCE);
    expect(await source.getByTestId('document-link').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  });

  it('opened no dialog, violated no CSP directive, and requested nothing outside its own origin', async () => {
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
  });
});
