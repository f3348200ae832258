/**
 * `npm run dev` in real Chromium: the dev server shows the extracted timeline, and adding, breaking
 * or fixing a document in the watched folder reloads the open page with the new timeline. Runs
 * scripts/dev.ts on a temp folder and a temp public folder, so the repository's data/ and
 * public/timeline.json are never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';

const root = mkdtempSync(path.join(tmpdir(), 'sourceline-dev-'));
const data = path.join(root, 'data');
const pub = path.join(root, 'public');
mkdirSync(data);
mkdirSync(pub);
writeFileSync(path.join(data, '2021-01-01-bridge.txt'), 'Bridge\n\nThe bridge opened on 4 May 2019.\n');

let dev: ChildProcess;
let output = '';
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];

/** Starts scripts/dev.ts and resolves with the URL it prints. */
function startDev(): Promise<string> {
  dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--port', '0', '--public', pub, data], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (url) resolve(url);
    };
    dev.stdout!.on('data', seen);
    dev.stderr!.on('data', seen);
    dev.on('exit', (code) => reject(new Error(`npm run dev exited (${code}):\n${output}`)));
  });
}

const heading = () => page.locator('[data-testid="viewer"]').getByText(/\d+ documents? ·/).first();
const headingText = async () => ((await heading().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Changes the folder and waits for the page to reload and show `expected` in its heading. */
async function changeAndReload(change: () => void, expected: RegExp): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  change();
  await reloaded;
  await expect.poll(headingText, { timeout: 30_000 }).toMatch(expected);
}

beforeAll(async () => {
  const url = await startDev();
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && cspViolations.push(m.text()));
  await page.goto(url);
  await heading().waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dev && dev.exitCode === null) {
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill('SIGTERM');
    await exited;
  }
  rmSync(root, { recursive: true, force: true });
});

describe('npm run dev (watch mode)', () => {
  it('serves the timeline extracted from the watched folder', async () => {
    expect(await headingText()).toMatch(/^1 document · 1 events?$/);
  });

  it('reloads the page with a document added to the folder', async () => {
    await changeAndReload(
      () => writeFileSync(path.join(data, '2021-01-02-ferry.txt'), 'Ferry\n\nThe ferry sank on 3 June 2018.\n'),
      /^2 documents · 2 events$/,
    );
  });

  it('a document that turns bad mid-edit is reported, not a crash: the page shows the rest', async () => {
    await changeAndReload(
      () => writeFileSync(path.join(data, '2021-01-02-ferry.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
      /^1 document · 1 events?$/,
    );
    expect(output).toContain(`error: ${path.join(data, '2021-01-02-ferry.txt')}: skipped: binary content (control or NUL bytes), not text`);
    expect(output).not.toMatch(/\n\s+at .+:\d+/);
  });

  it('fixing it brings it back, and the dev page never broke its CSP (HMR included)', async () => {
    await changeAndReload(
      () => writeFileSync(path.join(data, '2021-01-02-ferry.txt'), 'Ferry\n\nThe ferry sank on 3 June 2018.\n'),
      /^2 documents · 2 events$/,
    );
    expect(cspViolations).toEqual([]);
    expect(dev.exitCode).toBe(null);
  });
});
