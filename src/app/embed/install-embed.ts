/**
 * Wires the viewer to the outside once the timeline is loaded: deep links (always), the theme, and
 * inside an iframe auto-height (Sourceline, Pym.js and AMP messages) and the postMessage API.
 * Returns the function that undoes all of it.
 */
import { formatWindow } from '../config/time-bounds';
import { parseUrlConfig, type AppConfig } from '../config/url-config';
import type { ViewerController } from '../viewer-controller';
import { ampEmbedSize } from './amp-protocol';
import { watchHeight } from './auto-height';
import { keepUrlInStep } from './deep-link';
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
  if (link.window && JSON.stringify(link.window) !== JSON.stringify(config.window)) controller.setWindow(link.window);
  const url = keepUrlInStep(win);
  url.update(initial);
  cleanups.push(() => url.stop());

  const theme = themeFollower((q) => win.matchMedia(q), (t) => controller.setTheme(t));
  theme.set(config.theme);
  cleanups.push(() => theme.stop());

  // The first window shown without a deep-linked one is the default view: links leave it out.
  let home: string | null | undefined = initial.window ? null : undefined;
  cleanups.push(
    controller.on('select', (event) => {
      url.update({ event });
      post({ type: 'sourceline:select', event });
    }),
    controller.on('viewchange', (window) => {
      const key = JSON.stringify(formatWindow(window));
      if (home === undefined) home = key;
      url.update({ window: key === home ? null : window });
      post({ type: 'sourceline:viewchange', window });
    }),
  );

  // A reader editing the hash, or an in-page link to `#event=...`.
  const onHashChange = () => {
    const next = parseUrlConfig('', console.warn, win.location.hash);
    if (next.event !== url.current().event) controller.select(next.event);
    if (next.window) controller.setWindow(next.window);
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
      listenToHost({ win, controller, config, setTheme: (t) => theme.set(t), postHeight }),
    );
    post({ type: 'sourceline:ready', version: PROTOCOL_VERSION, ...initial });
  }

  return () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  };
}
