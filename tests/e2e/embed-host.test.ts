/**
 * The embed on one origin inside a host page on another: auto-height, the postMessage API both
 * ways, refused senders, dark=auto, deep links inside the iframe.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventOn, hostPage, useTwoOrigins } from './support/embed-host';

const env = useTwoOrigins();

interface Received {
  origin: string;
  data: unknown;
}

/** Serves a host page embedding `query` (+ `hash`), opens it and waits for the embed's ready message. */
async function openHost(
  name: string,
  query: string,
  hash = '',
  options: { script?: boolean; width?: number; height?: number; link?: string; hostHash?: string } = {},
) {
  const { embed, host } = env.servers;
  const src = `${embed.url}?${query}${hash}`;
  const script = options.script === false ? null : `${embed.url}embed.js`;
  host.routes.set(`/${name}.html`, {
    body: hostPage(src, { script, ...(options.link ? { link: options.link } : {}), ...(options.height ? { height: options.height } : {}) }),
  });
  const page = await env.browser.newPage({ viewport: { width: options.width ?? 1000, height: 800 } });
  const warnings: string[] = [];
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  await page.goto(`${host.url}${name}.html${options.hostHash ?? ''}`);
  await page.waitForFunction(() =>
    (window as unknown as { received: Received[] }).received.some((r) => (r.data as { type?: string }).type === 'sourceline:ready'),
  );
  const frame = page.frames().find((f) => f.url().startsWith(embed.origin));
  if (!frame) throw new Error('the embed frame is missing');
  return { page, frame, warnings };
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

/** Iframe height on the host vs the content inside, once the sizes are settled. */
async function heights(page: Page, frame: Frame) {
  await page.waitForTimeout(300);
  const iframe = await page.evaluate(() => document.getElementById('tl')!.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  return { iframe, ...inner };
}

describe('embed on another origin', () => {
  it('sizes its iframe to its content, with no inner scrollbar, and keeps it sized when a panel opens', async () => {
    const { page, frame } = await openHost('resize', `embed=1&childId=tl&origin=${env.servers.host.origin}`);
    const first = await heights(page, frame);
    expect(first.iframe).not.toBe(300); // grew (or shrank) from the fixed fallback height
    expect(first.scrollHeight).toBe(first.clientHeight); // nothing to scroll inside
    expect(Math.abs(first.iframe - first.scrollHeight)).toBeLessThanOrEqual(1);

    // All three protocols announce the same height: Sourceline, AMP embed-size, Pym.js.
    const messages = (await received(page)).map((r) => r.data);
    const last = [...messages].reverse().find((m) => (m as { type?: string }).type === 'sourceline:resize') as { height: number };
    expect(last.height).toBe(Math.round(first.iframe));
    expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: last.height });
    expect(messages).toContain(`pymxPYMxtlxPYMxheightxPYMx${last.height}`);
    await page.screenshot({ path: 'artifacts/embed-host-resized.png', fullPage: true });

    // Opening an event changes the content; the iframe follows.
    const id = eventOn(env.servers.timeline, '2022-01-10').id;
    await page.evaluate(([origin, event]) => {
      (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'sourceline:select', event }, origin!);
    }, [env.servers.embed.origin, id]);
    await frame.locator('[data-testid="event-panel"]').waitFor();
    const second = await heights(page, frame);
    expect(second.scrollHeight).toBe(second.clientHeight);
    expect(Math.abs(second.iframe - second.scrollHeight)).toBeLessThanOrEqual(1);

    // A Pym.js parent asks for the height by announcing its width.
    await page.evaluate(() => (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage('pymxPYMxtlxPYMxwidthxPYMx1000', '*'));
    await page.waitForFunction(
      (h) => (window as unknown as { received: Received[] }).received.filter((r) => r.data === `pymxPYMxtlxPYMxheightxPYMx${h}`).length >= 2,
      Math.round(second.iframe),
    );
    await page.close();
  });

  it('host script resizes Sourceline iframes only, on messages from their own window', async () => {
    const { page } = await openHost('spoof', 'embed=1');
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => document.getElementById('tl')!.getBoundingClientRect().height);
    const result = await page.evaluate(
      () =>
        new Promise<{ other: number; tl: number }>((resolve) => {
          const other = document.createElement('iframe');
          other.style.cssText = 'height:120px;border:0';
          other.srcdoc = '<p>an ad</p>';
          other.onload = () => {
            // Another frame claims to be a Sourceline embed, for itself and for ours.
            const w = other.contentWindow as unknown as { eval(code: string): void };
            w.eval("parent.postMessage({ type: 'sourceline:resize', height: 900 }, '*')");
            setTimeout(() => resolve({ other: other.getBoundingClientRect().height, tl: document.getElementById('tl')!.getBoundingClientRect().height }), 300);
          };
          document.body.append(other);
        }),
    );
    expect(result).toEqual({ other: 120, tl: before });
    await page.close();
  });

  it('host script loaded after the embed has sized itself still sizes it', async () => {
    const { page, frame } = await openHost('late-script', 'embed=1', '', { script: false });
    await page.waitForTimeout(300);
    expect((await heights(page, frame)).iframe).toBe(300);
    await page.addScriptTag({ url: `${env.servers.embed.url}embed.js` });
    await expect.poll(async () => (await heights(page, frame)).iframe).not.toBe(300);
    const h = await heights(page, frame);
    expect(h.scrollHeight).toBe(h.clientHeight);
    expect(Math.abs(h.iframe - h.scrollHeight)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('without the host script keeps its fixed height and scrolls inside', async () => {
    const { page, frame } = await openHost('no-script', 'embed=1', '', { script: false });
    const h = await heights(page, frame);
    expect(h.iframe).toBe(300);
    expect(h.clientHeight).toBe(300);
    await page.close();
  });

  it('opens the event the host selects, and tells the host which event the reader opens', async () => {
    const { page, frame } = await openHost('select', `embed=1&origin=${env.servers.host.origin}`);
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    await page.evaluate(([origin, event]) => {
      (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'sourceline:select', event }, origin!);
    }, [env.servers.embed.origin, geneva.id]);
    const panel = frame.locator('[data-testid="event-panel"]');
    await panel.waitFor();
    expect(await panel.locator('[data-testid="event-label"]').innerText()).toBe(geneva.label);
    // The deep link inside the iframe follows the selection.
    await expect.poll(() => new URL(frame.url()).hash).toBe(`#event=${encodeURIComponent(geneva.id)}`);
    await page.screenshot({ path: 'artifacts/embed-host-select.png', fullPage: true });

    // The reader clicks another event in the iframe: the host hears about it.
    const other = frame.locator(`[data-testid="event-list"] [data-event-id]:not([data-event-id="${geneva.id}"])`).first();
    const otherId = (await other.getAttribute('data-event-id'))!;
    await other.click();
    await expect
      .poll(async () => (await received(page)).filter((r) => (r.data as { type?: string }).type === 'sourceline:select').at(-1))
      .toEqual({ origin: env.servers.embed.origin, data: { type: 'sourceline:select', event: otherId } });
    const dom = await page.evaluate(() => (window as unknown as { domEvents: { type: string; detail: unknown }[] }).domEvents);
    expect(dom.filter((e) => e.type === 'sourceline:select').at(-1)).toEqual({ type: 'sourceline:select', detail: { type: 'sourceline:select', event: otherId } });
    expect(await panel.locator('[data-testid="event-label"]').innerText()).toBe(env.servers.timeline.events.find((e) => e.id === otherId)!.label);
    await page.close();
  });

  it('runs search, filter, setWindow and setTheme from the host, and announces the new window', async () => {
    const { page, frame } = await openHost('commands', `embed=1&origin=${env.servers.host.origin}`);
    const send = (message: unknown) =>
      page.evaluate(([m, origin]) => (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage(m, origin as string), [
        message,
        env.servers.embed.origin,
      ] as const);
    const total = env.servers.timeline.events.length;

    await send({ type: 'sourceline:search', query: 'Geneva' });
    await expect.poll(() => frame.locator('[data-testid="search"]').inputValue()).toBe('Geneva');
    await expect.poll(() => frame.locator('[data-testid="result-count"]').innerText()).toMatch(new RegExp(`^\\d+ of ${total} events$`));
    await send({ type: 'sourceline:search', query: '' });
    await expect.poll(() => frame.locator('[data-testid="result-count"]').innerText()).toBe(`${total} events`);

    const doc = env.servers.timeline.documents[0]!;
    const inDoc = env.servers.timeline.events.filter((e) => e.sources.some((src) => src.document === doc.id)).length;
    await send({ type: 'sourceline:filter', documents: [doc.id] });
    await expect.poll(() => frame.locator('[data-testid="result-count"]').innerText()).toBe(`${inDoc} of ${total} events`);
    await send({ type: 'sourceline:filter', documents: [] });
    await expect.poll(() => frame.locator('[data-testid="result-count"]').innerText()).toBe(`${total} events`);

    await send({ type: 'sourceline:setWindow', window: { start: '2022-01', end: '2022-01' } });
    await expect
      .poll(async () => (await received(page)).filter((r) => (r.data as { type?: string }).type === 'sourceline:viewchange').at(-1)?.data)
      .toEqual({ type: 'sourceline:viewchange', window: { start: '2022-01-01T00:00:00.000Z', end: '2022-02-01T00:00:00.000Z' } });
    await expect.poll(() => new URL(frame.url()).hash).toBe('#start=2022-01&end=2022-01');

    await send({ type: 'sourceline:setTheme', theme: 'dark' });
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // A malformed command changes nothing.
    await send({ type: 'sourceline:setTheme', theme: 'sepia' });
    await send({ type: 'sourceline:setWindow', window: { start: '2023', end: '2022' } });
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(new URL(frame.url()).hash).toBe('#start=2022-01&end=2022-01');
    await page.screenshot({ path: 'artifacts/embed-host-commands.png', fullPage: true });
    await page.close();
  });

  it('ignores messages from an origin that is not allowed, and from windows other than its parent', async () => {
    // No origin= parameter: the host page's origin may not drive the embed.
    const { page, frame, warnings } = await openHost('refused', 'embed=1');
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    await page.evaluate((event) => {
      (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'sourceline:select', event }, '*');
    }, geneva.id);
    await expect.poll(() => warnings).toContain(
      `sourceline: ignoring messages from ${env.servers.host.origin}: add origin=${env.servers.host.origin} to the embed URL to allow it`,
    );
    expect(await frame.locator('[data-testid="event-panel"]').count()).toBe(0);
    expect(new URL(frame.url()).hash).toBe('');

    // An allowed origin, but a sibling frame rather than the parent: refused too.
    const { page: page2, frame: frame2, warnings: warnings2 } = await openHost('sibling', `embed=1&origin=${env.servers.host.origin}`);
    await page2.evaluate(
      ([event]) =>
        new Promise<void>((resolve) => {
          const sibling = document.createElement('iframe');
          sibling.srcdoc = '<p>sibling</p>';
          sibling.onload = () => {
            (sibling.contentWindow as unknown as { eval(code: string): void }).eval(
              `parent.frames[0].postMessage(${JSON.stringify({ type: 'sourceline:select', event })}, '*')`,
            );
            resolve();
          };
          document.body.append(sibling);
        }),
      [geneva.id],
    );
    await expect.poll(() => warnings2).toContain(`sourceline: ignoring messages from a window other than the parent page (${env.servers.host.origin})`);
    expect(await frame2.locator('[data-testid="event-panel"]').count()).toBe(0);
    await page.close();
    await page2.close();
  });

  it('follows prefers-color-scheme live with dark=auto', async () => {
    const { page, frame } = await openHost('dark', 'embed=1&dark=auto');
    const theme = () => frame.evaluate(() => document.documentElement.dataset.theme);
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.screenshot({ path: 'artifacts/embed-host-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    await page.close();
  });

  it('opens the event of a deep link inside the iframe', async () => {
    const written = eventOn(env.servers.timeline, '2022-01-26');
    const { page, frame } = await openHost('deep', 'embed=1', `#event=${encodeURIComponent(written.id)}`);
    const panel = frame.locator('[data-testid="event-panel"]');
    await panel.waitFor();
    expect(await panel.locator('[data-testid="event-label"]').innerText()).toBe(written.label);
    const ready = (await received(page)).find((r) => (r.data as { type?: string }).type === 'sourceline:ready')!;
    expect(ready.data).toEqual({ type: 'sourceline:ready', version: 1, event: written.id, window: null });
    await page.close();
  });

  it('carries the open event in the host page URL with data-sourceline-link', async () => {
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    const { page, frame } = await openHost('host-link', 'embed=1', '', { link: 'timeline', hostHash: `#timeline=${encodeURIComponent(geneva.id)}` });
    const panel = frame.locator('[data-testid="event-panel"]');
    await panel.waitFor();
    expect(await panel.locator('[data-testid="event-label"]').innerText()).toBe(geneva.label);

    const other = frame.locator(`[data-testid="event-list"] [data-event-id]:not([data-event-id="${geneva.id}"])`).first();
    const otherId = (await other.getAttribute('data-event-id'))!;
    await other.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#timeline=${encodeURIComponent(otherId)}`);
    await page.close();

    // A plain anchor in the host URL is left alone.
    const { page: plain, frame: plainFrame } = await openHost('host-anchor', 'embed=1', '', { link: 'timeline', hostHash: '#after' });
    await plainFrame.locator('[data-testid="event-list"] [data-event-id]').first().click();
    await plainFrame.locator('[data-testid="event-panel"]').waitFor();
    await plain.waitForTimeout(300);
    expect(new URL(plain.url()).hash).toBe('#after');
    await plain.close();
  });

  it('keeps a long event panel inside its height: the panel scrolls, the page and the toolbar do not grow', async () => {
    const { page, frame } = await openHost('long-panel', `embed=1&origin=${env.servers.host.origin}`);
    /** The toolbar's height, and the height its wrapped rows of controls need (no stretching). */
    const toolbarHeight = () =>
      frame.evaluate(() => {
        const bar = document.querySelector<HTMLElement>('.toolbar')!;
        const box = bar.getBoundingClientRect();
        const style = getComputedStyle(bar);
        const bottom = Math.max(...[...bar.querySelectorAll(':scope > *, .embed-controls > button')].map((el) => el.getBoundingClientRect().bottom));
        return { height: box.height, needed: bottom - box.top + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth) };
      });
    const closed = await heights(page, frame);
    const toolbar = await toolbarHeight();
    // The event with the most sources makes the longest panel.
    const longest = [...env.servers.timeline.events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    expect(longest.sources.length).toBeGreaterThanOrEqual(3);
    await page.evaluate(([origin, event]) => {
      (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'sourceline:select', event }, origin!);
    }, [env.servers.embed.origin, longest.id]);
    const panel = frame.locator('[data-testid="event-panel"]');
    await panel.waitFor();
    const opened = await heights(page, frame);
    const toolbarOpened = await toolbarHeight();
    // The toolbar only grows by a wrapped row ("Copy link to this event" is longer), never stretches.
    expect(Math.abs(toolbar.height - toolbar.needed)).toBeLessThanOrEqual(1);
    expect(Math.abs(toolbarOpened.height - toolbarOpened.needed)).toBeLessThanOrEqual(1);
    expect(Math.abs(opened.scrollHeight - closed.scrollHeight - (toolbarOpened.height - toolbar.height))).toBeLessThanOrEqual(1);
    expect(opened.scrollHeight).toBe(opened.clientHeight);
    expect(Math.abs(opened.iframe - opened.scrollHeight)).toBeLessThanOrEqual(1);
    const box = await panel.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight, bottom: el.getBoundingClientRect().bottom }));
    expect(box.scroll).toBeGreaterThan(box.client); // its content scrolls inside it
    expect(box.bottom).toBeLessThanOrEqual(opened.scrollHeight);
    await page.screenshot({ path: 'artifacts/embed-host-long-panel.png', fullPage: true });
    await page.close();
  });

  it('fits a fixed height exactly: no scrollbar in a 600 px iframe with height=600, panel open or not', async () => {
    const { page, frame } = await openHost('fixed-600', `embed=1&height=600&origin=${env.servers.host.origin}`, '', { script: false, height: 600 });
    const fits = () => frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, inner: innerHeight }));
    await page.waitForTimeout(300);
    const closed = await fits();
    expect(closed.inner).toBe(600);
    expect(closed.scroll).toBeLessThanOrEqual(closed.inner);
    const longest = [...env.servers.timeline.events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    await page.evaluate(([origin, event]) => {
      (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'sourceline:select', event }, origin!);
    }, [env.servers.embed.origin, longest.id]);
    await frame.locator('[data-testid="event-panel"]').waitFor();
    const opened = await fits();
    expect(opened.scroll).toBeLessThanOrEqual(opened.inner);
    await page.screenshot({ path: 'artifacts/embed-host-fixed-600.png', fullPage: true });
    await page.close();
  });

  it('announces its first window after ready, and links "Open full timeline" to the open event without iframe parameters', async () => {
    const { page, frame } = await openHost('first-window', `embed=1&height=600&childId=tl&origin=${env.servers.host.origin}`, '', { height: 600 });
    const types = () => received(page).then((all) => all.map((r) => (r.data as { type?: string }).type));
    await expect.poll(async () => (await types()).filter((t) => t === 'sourceline:viewchange').length).toBeGreaterThanOrEqual(1);
    const all = await types();
    expect(all.indexOf('sourceline:ready')).toBeLessThan(all.indexOf('sourceline:viewchange'));
    const first = (await received(page)).find((r) => (r.data as { type?: string }).type === 'sourceline:viewchange')!.data as {
      window: { start: string; end: string };
    };
    expect(Date.parse(first.window.end)).toBeGreaterThan(Date.parse(first.window.start));

    const link = frame.locator('[data-testid="full-link"]');
    expect(await link.getAttribute('href')).toBe(env.servers.embed.url);
    expect(await frame.locator('[data-testid="copy-link"]').innerText()).toBe('Copy link');
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    await page.evaluate(([origin, event]) => {
      (document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'sourceline:select', event }, origin!);
    }, [env.servers.embed.origin, geneva.id]);
    await frame.locator('[data-testid="event-panel"]').waitFor();
    await expect.poll(() => link.getAttribute('href')).toBe(`${env.servers.embed.url}#event=${encodeURIComponent(geneva.id)}`);
    expect(await frame.locator('[data-testid="copy-link"]').innerText()).toBe('Copy link to this event');
    await page.close();
  });
});
