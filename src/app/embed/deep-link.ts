/**
 * Deep links: the hash of the page's own URL (inside an iframe, the iframe's URL) always says
 * which event is open and which window is shown: `#event=ID&start=2021-12&end=2022-02`. It is
 * rewritten with `history.replaceState` (no history entries, so the host page's Back button is
 * untouched) and read back at start by `parseUrlConfig`, and live on `hashchange`.
 */
import { DEEP_LINK_KEYS } from '../config/url-config';
import { formatWindow } from '../config/time-bounds';
import type { TimeWindow } from '../viewer-controller';

export interface ViewState {
  event: string | null;
  window: TimeWindow | null;
}

/** Parameters that only make sense inside an iframe; a link for readers drops them. */
const EMBED_ONLY_KEYS = ['embed', 'height', 'origin', 'allow', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

/** `href` with the view state in its hash (and the deep-link keys removed from its query). */
export function withViewState(href: string, state: ViewState): string {
  const url = new URL(href);
  for (const key of DEEP_LINK_KEYS) url.searchParams.delete(key);
  const hash = new URLSearchParams();
  if (state.event !== null) hash.set('event', state.event);
  const bounds = state.window ? formatWindow(state.window) : null;
  if (bounds) {
    hash.set('start', bounds.start);
    hash.set('end', bounds.end);
  }
  url.hash = hash.toString();
  return url.href.replace(/#$/, '');
}

/** The full (not embedded) page at `state`: what "Open full timeline" and "Copy link" point to. */
export function fullTimelineLink(href: string, state: ViewState): string {
  const url = new URL(href);
  for (const key of EMBED_ONLY_KEYS) url.searchParams.delete(key);
  return withViewState(url.href, state);
}

/** The link "Copy link to this event" gives: the full page, opened at the event. */
export function eventLink(href: string, eventId: string): string {
  return fullTimelineLink(href, { event: eventId, window: null });
}

/** Keeps `location` in step with the view; writes at most once per `delay` ms while zooming. */
export function keepUrlInStep(win: Window, delay = 250): { update(state: Partial<ViewState>): void; current(): ViewState; stop(): void } {
  const state: ViewState = { event: null, window: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const next = withViewState(win.location.href, state);
    if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
  };
  return {
    update(change) {
      Object.assign(state, change);
      if (timer === undefined) timer = setTimeout(write, delay);
    },
    current: () => ({ ...state }),
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      write();
    },
  };
}

/**
 * Which windows go into links: those the reader (or the host) chose, not the layout's own fit.
 * Window changes count once `choose()` was called (the reader used a pointer, wheel or key, or a
 * window was asked for); the first window seen before that, the default view, is left out.
 */
export function windowLinkPolicy() {
  let chosen = false;
  let home: string | undefined;
  return {
    choose: () => void (chosen = true),
    /** The window to write, null to leave it out of the link, undefined to leave the link as is. */
    next(window: TimeWindow): TimeWindow | null | undefined {
      const key = JSON.stringify(formatWindow(window));
      if (!chosen) {
        home ??= key;
        return undefined;
      }
      return key === home ? null : window;
    },
  };
}
