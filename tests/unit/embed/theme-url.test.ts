import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepUrlInStep, windowLinkPolicy } from '../../../src/app/embed/deep-link';
import { resolveTheme, themeFollower } from '../../../src/app/embed/theme';

/** A MediaQueryList whose `matches` the test flips, notifying listeners as a browser would. */
function fakeMedia(initial: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initial,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  return {
    matchMedia: (q: string) => (expect(q).toBe('(prefers-color-scheme: dark)'), query as unknown as MediaQueryList),
    flip(dark: boolean) {
      query.matches = dark;
      for (const l of listeners) l();
    },
    listeners,
  };
}

describe('theme', () => {
  it('resolves auto from the system preference only', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the system live while auto, and stops on an explicit theme', () => {
    const media = fakeMedia(false);
    const applied: string[] = [];
    const follower = themeFollower(media.matchMedia, (t) => applied.push(t));
    follower.set('auto');
    media.flip(true);
    media.flip(false);
    expect(applied).toEqual(['light', 'dark', 'light']);
    follower.set('dark');
    media.flip(true);
    expect(applied).toEqual(['light', 'dark', 'light', 'dark']);
    expect(media.listeners.size).toBe(0);
    follower.set('auto');
    follower.set('auto');
    expect(media.listeners.size).toBe(1);
    follower.stop();
    expect(media.listeners.size).toBe(0);
  });
});

describe('keepUrlInStep', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the view to the hash with replaceState, once per burst of changes', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const win = {
      location: { href: 'https://t.example/tl/?embed=1&event=old' },
      history: {
        state: { kept: true },
        replaceState(state: unknown, _title: string, url: string) {
          expect(state).toEqual({ kept: true });
          writes.push(url);
          win.location.href = url;
        },
      },
    };
    const url = keepUrlInStep(win as unknown as Window, 250);
    url.update({ event: 'e1' });
    url.update({ window: { start: '2021-12-01', end: '2022-03-01' } });
    url.update({ window: { start: '2022-01-01', end: '2022-02-01' } });
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(writes).toEqual(['https://t.example/tl/?embed=1#event=e1&start=2022-01&end=2022-01']);
    url.update({ event: 'e1' }); // no change: no write
    vi.advanceTimersByTime(250);
    expect(writes).toHaveLength(1);
    url.update({ event: null, window: null });
    url.stop(); // flushes
    expect(writes.at(-1)).toBe('https://t.example/tl/?embed=1');
    expect(url.current()).toEqual({ event: null, window: null });
  });
});

describe('windowLinkPolicy', () => {
  const home = { start: '1925-04-12', end: '2025-10-23' };
  const zoomed = { start: '2021-12-01', end: '2022-03-01' };

  it('keeps the layout fit out of links until the reader chooses, then leaves out the default view', () => {
    const policy = windowLinkPolicy();
    expect(policy.next(home)).toBeUndefined();
    expect(policy.next(zoomed)).toBeUndefined(); // e.g. a resize refit: not the reader's choice
    policy.choose();
    expect(policy.next(zoomed)).toEqual(zoomed);
    expect(policy.next({ start: '1925-04-12T00:00:00.000Z', end: '2025-10-23T00:00:00.000Z' })).toBeNull();
  });

  it('writes every chosen window when the default view was never seen', () => {
    const policy = windowLinkPolicy();
    policy.choose();
    expect(policy.next(home)).toEqual(home);
  });
});
