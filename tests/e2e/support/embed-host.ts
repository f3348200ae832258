/**
 * Two origins for the embed tests: the built app on one local port, host pages on another (routes
 * of a second static server), as a newsroom page embedding a published timeline would be.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Timeline, TimelineEvent } from '../../../src/schema/timeline';
import { launchChromium } from './browser';
import { serveStatic, type StaticServer } from '../../../scripts/static-server';
import { parseTimeline } from '../../support/read-timeline';
import { DIST_DIR } from './dist';

export interface TwoOrigins {
  embed: StaticServer;
  host: StaticServer;
  timeline: Timeline;
  close(): Promise<void>;
}

export async function startTwoOrigins(): Promise<TwoOrigins> {
  const embed = await serveStatic(DIST_DIR);
  const host = await serveStatic(await mkdtemp(path.join(tmpdir(), 'sourceline-host-')));
  const timeline = parseTimeline(await readFile(path.join(DIST_DIR, 'timeline.json'), 'utf8'));
  return { embed, host, timeline, close: async () => void (await Promise.all([embed.close(), host.close()])) };
}

/** Chromium and the two servers for a test file; the fields are set once `beforeAll` has run. */
export function useTwoOrigins(): { browser: Browser; servers: TwoOrigins } {
  const env = {} as { browser: Browser; servers: TwoOrigins };
  beforeAll(async () => {
    await mkdir('artifacts', { recursive: true });
    [env.browser, env.servers] = await Promise.all([launchChromium(), startTwoOrigins()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.servers?.close();
  });
  return env;
}

/** A plain article page with one Sourceline iframe and (optionally) the host script. */
export function hostPage(iframeSrc: string, options: { script?: string | null; height?: number; link?: string } = {}): string {
  const { script = null, height = 300, link } = options;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<style>body{margin:0;font:16px sans-serif} p{margin:1rem}</style></head>
<body>
<p>An article on another site, with a timeline below.</p>
<iframe id="tl" src="${iframeSrc}" title="Timeline" width="100%" height="${height}" style="width:100%;border:0" data-sourceline${link ? ` data-sourceline-link="${link}"` : ''}></iframe>
<p id="after">The article goes on after the timeline.</p>
${script ? `<script src="${script}"></script>` : ''}
<script>
  // What the host receives from the embed, and the DOM events embed.js dispatches on the iframe.
  window.received = [];
  window.domEvents = [];
  var frame = document.getElementById('tl');
  addEventListener('message', function (e) {
    if (e.source === frame.contentWindow) received.push({ origin: e.origin, data: e.data });
  });
  ['sourceline:ready', 'sourceline:select', 'sourceline:resize'].forEach(function (type) {
    frame.addEventListener(type, function (e) { domEvents.push({ type: type, detail: e.detail }); });
  });
</script>
</body></html>`;
}

/** The first event dated exactly `value` (e.g. the Geneva talks, `2022-01-10`). */
export function eventOn(timeline: Timeline, value: string): TimelineEvent {
  const event = timeline.events.find((e) => e.date.value === value);
  if (!event) throw new Error(`the sample timeline has no event on ${value}`);
  return event;
}
