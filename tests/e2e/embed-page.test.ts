/**
 * Outside an iframe: deep links in and out of the page URL, "Copy link to this event", and the
 * Embed dialog (snippet, focus, Escape).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventOn, useTwoOrigins } from './support/embed-host';

const env = useTwoOrigins();

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const page = context ? await context.newPage() : await env.browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${env.servers.embed.url}${path}`);
  await page.locator('[data-testid="timeline"]').waitFor();
  return page;
}

const panelLabel = (page: Page) => page.locator('[data-testid="event-panel"] [data-testid="event-label"]').innerText();
const hashOf = (page: Page) => new URL(page.url()).hash;

describe('deep links on the page itself', () => {
  it('opens the event named in the hash or the query', async () => {
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    const page = await open(`#event=${encodeURIComponent(geneva.id)}`);
    expect(await panelLabel(page)).toBe(geneva.label);
    await page.goto(`${env.servers.embed.url}?event=${encodeURIComponent(geneva.id)}`);
    await page.locator('[data-testid="event-panel"]').waitFor();
    expect(await panelLabel(page)).toBe(geneva.label);
    // The query's event moves to the hash, where the view state lives.
    await expect.poll(() => page.url()).toBe(`${env.servers.embed.url}#event=${encodeURIComponent(geneva.id)}`);
    await page.close();
  });

  it('keeps the URL in step with the open event and the zoomed window, and restores both on reload', async () => {
    const page = await open('');
    expect(hashOf(page)).toBe('');
    const item = page.locator('[data-testid="event-list"] [data-event-id]').nth(2);
    const id = (await item.getAttribute('data-event-id'))!;
    await item.click();
    await expect.poll(() => new URLSearchParams(hashOf(page).slice(1)).get('event')).toBe(id);

    const axis = () => page.evaluate(() => [...document.querySelectorAll('[data-testid="axis"] .tick')].map((t) => t.textContent).join('|'));
    const unzoomed = await axis();
    await page.waitForTimeout(400); // any URL write due to the click is done
    const startBefore = new URLSearchParams(hashOf(page).slice(1)).get('start');
    await page.locator('[data-testid="zoom-in"]').click();
    await expect.poll(() => new URLSearchParams(hashOf(page).slice(1)).get('start')).not.toBe(startBefore);
    const link = new URLSearchParams(hashOf(page).slice(1));
    expect(link.get('event')).toBe(id);
    const shown = await axis();
    expect(shown).not.toBe(unzoomed);

    await page.reload();
    await page.locator('[data-testid="event-panel"]').waitFor();
    expect(await panelLabel(page)).toBe(env.servers.timeline.events.find((e) => e.id === id)!.label);
    const after = new URLSearchParams(hashOf(page).slice(1));
    expect([after.get('start'), after.get('end')]).toEqual([link.get('start'), link.get('end')]);
    await expect.poll(axis).toBe(shown);

    // Closing the event removes it from the link.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URLSearchParams(hashOf(page).slice(1)).has('event')).toBe(false);
    await page.close();
  });

  it('follows a hash edited by the reader', async () => {
    const written = eventOn(env.servers.timeline, '2022-01-26');
    const page = await open('');
    await page.evaluate((id) => (location.hash = `event=${encodeURIComponent(id)}`), written.id);
    await page.locator('[data-testid="event-panel"]').waitFor();
    expect(await panelLabel(page)).toBe(written.label);
    await page.close();
  });
});

describe('Copy link and Embed', () => {
  it('copies a link to the open event that opens it for another reader', async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.servers.embed.origin });
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    const page = await open(`?dark=false&embed=0#event=${encodeURIComponent(geneva.id)}`, context);
    await page.locator('[data-testid="copy-link"]').click();
    await expect.poll(() => page.locator('[data-testid="copy-link-status"]').innerText()).toBe('Link to this event copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${env.servers.embed.url}?dark=false#event=${encodeURIComponent(geneva.id)}`);
    const other = await open(copied.slice(env.servers.embed.url.length));
    expect(await panelLabel(other)).toBe(geneva.label);
    await context.close();
  });

  it('selects the link for Ctrl+C when the clipboard is refused', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    await page.goto(`${env.servers.embed.url}#event=${encodeURIComponent(geneva.id)}`);
    await page.locator('[data-testid="event-panel"]').waitFor();
    await page.locator('[data-testid="copy-link"]').click();
    const box = page.locator('[data-testid="copy-link-text"]');
    await box.waitFor();
    expect(await box.inputValue()).toBe(`${env.servers.embed.url}#event=${encodeURIComponent(geneva.id)}`);
    const focused = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return [input.dataset.testid, input.selectionStart, input.selectionEnd];
    });
    expect(focused).toEqual(['copy-link-text', 0, `${env.servers.embed.url}#event=${encodeURIComponent(geneva.id)}`.length]);
    expect(await page.locator('[data-testid="copy-link-status"]').innerText()).toBe('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    await context.close();
  });

  it('shows the iframe snippet in an accessible dialog: focus inside, Escape closes, focus returns', async () => {
    // bypassCSP: only so that the test can inject axe-core into the page.
    const context = await env.browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 800 } });
    const geneva = eventOn(env.servers.timeline, '2022-01-10');
    const page = await open(`?lang=en-GB#event=${encodeURIComponent(geneva.id)}`, context);
    const button = page.locator('[data-testid="embed-button"]');
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.waitFor();
    const snippet = page.locator('[data-testid="embed-snippet"]');
    expect(await snippet.inputValue()).toBe(
      `<iframe src="${env.servers.embed.url}?embed=1&amp;lang=en-GB" title="Sourceline timeline" width="100%" height="600"` +
        ` style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-sourceline></iframe>\n` +
        `<script src="${env.servers.embed.url}embed.js" async></script>`,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('embed-snippet');
    await page.screenshot({ path: 'artifacts/embed-dialog.png' });
    // No accessibility violations in the dialog or the controls (axe-core, WCAG A/AA rules).
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(
        { include: [['[data-testid="embed-dialog"]'], ['[data-testid="embed-controls"]']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
      );
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);

    await page.locator('[data-testid="embed-with-script"]').uncheck();
    expect(await snippet.inputValue()).toBe(
      `<iframe src="${env.servers.embed.url}?embed=1&amp;lang=en-GB&amp;height=600" title="Sourceline timeline" width="100%" height="600"` +
        ` style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-sourceline></iframe>`,
    );
    await page.locator('[data-testid="embed-at-event"]').check();
    expect(await snippet.inputValue()).toContain(`src="${env.servers.embed.url}?embed=1&amp;lang=en-GB&amp;height=600#event=${encodeURIComponent(geneva.id).replace(/%20/g, '+')}"`);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('embed-button');
    await context.close();
  });
});
