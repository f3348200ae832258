/**
 * Wires the viewer to the outside once the timeline is loaded: deep links (always), the theme, and
 * inside an iframe auto-height (Sourceline, Pym.js and AMP messages) and the postMessage API.
 * Returns the function that undoes all of it.
 */
import { parseUrlConfig, type AppConfig } from '../config/url-config';
import type { ViewerController } from '../viewer-controller';
import { ampEmbedSize } from './amp-protocol';
import { watchHeight } from './auto-height';
import { keepUrlInStep, windowLinkPolicy } from './deep-link';
import { listenToHost } from './host-listener';
import { PROTOCOL_VERSION, type EmbedMessage } from './message-protocol';
import { pymHeightMessage } from './pym-protocol';
import { themeFollower } from './theme';

export function installEmbed(controller: ViewerController, config: AppConfig, win: Window = window): () => void {
  const cleanups: (() => void)[] = [];
  const framed = win.parent !== win;
  const post = (message: EmbedMessage) => framed && win.parent.postMessage(message, '*');

  // The hash of a deep link wins, even if the viewer was given a config parsed from the query only.
  const link = parseUrlConfig('', () => {}, win.location.hash);
  const initial = { event: link.event ?? config.event, window: link.window ?? config.window };
  if (link.event !== null && link.event !== config.event) controller.select(link.event);
  if (link.window && JSON.stringify(link.window) !== JSON.stringify(config.window)) {
    // The viewer did not get this window as its initial one: set it once the chart has its size.
    const window = link.window;
    const frame = win.requestAnimationFrame(() => win.requestAnimationFrame(() => controller.setWindow(window)));
    cleanups.push(() => win.cancelAnimationFrame(frame));
  }
  const url = keepUrlInStep(win);
  url.update(initial);
  cleanups.push(() => url.stop());

  const theme = themeFollower((q) => win.matchMedia(q), (t) => controller.setTheme(t));
  theme.set(config.theme);
  cleanups.push(() => theme.stop());

  const windows = windowLinkPolicy();
  const inputs = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
  for (const type of inputs) win.addEventListener(type, windows.choose, { capture: true, passive: true });
  cleanups.push(() => inputs.forEach((type) => win.removeEventListener(type, windows.choose, { capture: true })));
  const driven: ViewerController = {
    ...controller,
    setWindow: (window) => {
      windows.choose();
      controller.setWindow(window);
    },
  };

  cleanups.push(
    controller.on('select', (event) => {
      url.update({ event });
      post({ type: 'sourceline:select', event });
    }),
    controller.on('viewchange', (window) => {
      const linked = windows.next(window);
      if (linked !== undefined) url.update({ window: linked });
      post({ type: 'sourceline:viewchange', window });
    }),
  );

  // A reader editing the hash, or an in-page link to `#event=...`.
  const onHashChange = () => {
    const next = parseUrlConfig('', console.warn, win.location.hash);
    if (next.event !== url.current().event) controller.select(next.event);
    if (next.window) driven.setWindow(next.window);
  };
  win.addEventListener('hashchange', onHashChange);
  cleanups.push(() => win.removeEventListener('hashchange', onHashChange));

  if (framed) {
    const postHeight = (height: number) => post({ type: 'sourceline:resize', height });
    cleanups.push(
      watchHeight(win.document, (height) => {
        postHeight(height);
        win.parent.postMessage(ampEmbedSize(height), '*');
        if (config.pymChildId !== null) win.parent.postMessage(pymHeightMessage(config.pymChildId, height), '*');
      }),
      listenToHost({ win, controller: driven, config, setTheme: (t) => theme.set(t), postHeight }),
    );
    post({ type: 'sourceline:ready', version: PROTOCOL_VERSION, ...initial });
  }

  return () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  };
}
