/**
 * npm run bench:render — how the viewer copes with 1,000, 10,000 and 100,000 events.
 *
 * Builds the app, serves it with generated timelines (scripts/generate-timeline.ts, seeded) and
 * measures in headless Chromium:
 *   - first draw: navigation start → `performance.mark('sourceline:first-draw')` (fetch, parse,
 *     validate, index, lay out and paint the canvas included);
 *   - JS heap after render (after a forced GC, CDP Performance.getMetrics JSHeapUsedSize);
 *   - frame times during a scripted 60-step zoom and pan: each step dispatches a real wheel or
 *     pointer event to the timeline and forces style and layout, so a step's time is the
 *     main-thread work of one frame (gesture → Svelte update → canvas draw → layout);
 *   - the viewer's JS + CSS, gzip.
 * Prints a table. Targets: 100k first draw ≤ 1 s, p95 frame ≤ 16.7 ms, heap ≤ 100 MB; 10k first
 * draw ≤ 300 ms; bundle ≤ 40 KB gzip.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { generateTimeline } from '../scripts/generate-timeline';
import { serveStatic } from '../scripts/static-server';
import { launchChromium } from '../tests/e2e/support/browser';

const OUT = path.resolve('bench/out/render-dist');
const SIZES = [1_000, 10_000, 100_000];
const STEPS = 60;
const FRAME_BUDGET = 1000 / 60;

interface Row {
  events: number;
  jsonMB: number;
  firstDrawMs: number;
  heapMB: number;
  median: number;
  p95: number;
  over16: number;
  over50: number;
}

function build(): void {
  execFileSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
}

function bundleGzipKB(): { js: number; css: number } {
  const assets = path.join(OUT, 'assets');
  const sum = (ext: string) =>
    readdirSync(assets)
      .filter((f) => f.endsWith(ext))
      .reduce((n, f) => n + gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).length, 0) / 1024;
  return { js: sum('.js'), css: sum('.css') };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** One zoom-and-pan step in the page: a wheel zoom or a drag, then forced style and layout. */
async function step(page: Page, k: number): Promise<number> {
  return page.evaluate((k) => {
    const plot = document.querySelector<HTMLElement>('[data-testid="timeline"] .plot')!;
    const box = plot.getBoundingClientRect();
    const x = box.left + box.width * (0.3 + 0.4 * ((k * 7) % 10) / 10);
    const y = box.top + box.height / 2;
    const started = performance.now();
    if (k < 30) {
      // Zoom in for 20 steps, then back out for 10.
      const deltaY = k < 20 ? -120 : 160;
      plot.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    } else {
      const dx = (k % 10 < 5 ? 1 : -1) * 40;
      const init = { pointerId: 1, pointerType: 'mouse', button: 0, buttons: 1, clientY: y, bubbles: true, isPrimary: true };
      plot.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x }));
      plot.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + dx }));
      plot.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, buttons: 0 }));
    }
    void document.body.offsetHeight;
    return performance.now() - started;
  }, k);
}

async function measure(page: Page, url: string, events: number, jsonBytes: number): Promise<Row> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('sourceline:first-draw').length > 0, null, { timeout: 60_000 });
  const firstDrawMs = await page.evaluate(() => performance.getEntriesByName('sourceline:first-draw')[0]!.startTime);
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const frames: number[] = [];
  for (let k = 0; k < STEPS; k++) {
    frames.push(await step(page, k));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  frames.sort((a, b) => a - b);
  return {
    events,
    jsonMB: jsonBytes / 1e6,
    firstDrawMs,
    heapMB: heap / 1024 / 1024,
    median: quantile(frames, 0.5),
    p95: quantile(frames, 0.95),
    over16: frames.filter((f) => f > FRAME_BUDGET).length,
    over50: frames.filter((f) => f > 50).length,
  };
}

async function main(): Promise<void> {
  build();
  const routes: Record<string, { body: Buffer; type: string }> = {};
  for (const n of SIZES)
    routes[`/bench/timeline-${n}.json`] = { body: Buffer.from(JSON.stringify(generateTimeline({ events: n, seed: 1 }))), type: 'application/json' };
  const server = await serveStatic(OUT, routes);
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const n of SIZES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      rows.push(await measure(page, `${server.url}?src=${encodeURIComponent(`/bench/timeline-${n}.json`)}`, n, routes[`/bench/timeline-${n}.json`]!.body.length));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const f = (n: number, d = 1) => n.toFixed(d);
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\nSourceline viewer — headless Chromium, 1280×800, ${STEPS}-step zoom+pan (main-thread work per frame)`);
  console.log(`Machine: ${os.cpus().length} CPUs, load average ${load} (other work on the machine inflates every figure)\n`);
  console.log('| events  | JSON MB | first draw ms | heap MB | frame median ms | frame p95 ms | > 16.7 ms | > 50 ms |');
  console.log('|--------:|--------:|--------------:|--------:|----------------:|-------------:|----------:|--------:|');
  for (const r of rows)
    console.log(
      `| ${r.events.toLocaleString('en').padStart(7)} | ${f(r.jsonMB).padStart(7)} | ${f(r.firstDrawMs, 0).padStart(13)} | ${f(r.heapMB).padStart(7)} | ${f(r.median, 2).padStart(15)} | ${f(r.p95, 2).padStart(12)} | ${String(r.over16).padStart(9)} | ${String(r.over50).padStart(7)} |`,
    );
  const size = bundleGzipKB();
  console.log(`\nViewer bundle (assets/*.js + assets/*.css, gzip -9): JS ${f(size.js)} KB + CSS ${f(size.css)} KB = ${f(size.js + size.css)} KB (target ≤ 40 KB)`);
  console.log('Targets: 100k first draw ≤ 1000 ms, p95 frame ≤ 16.7 ms, heap ≤ 100 MB; 10k first draw ≤ 300 ms.');
}

await main();
