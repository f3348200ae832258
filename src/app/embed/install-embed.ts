/**
 * Wires the viewer to the outside once the timeline is loaded: deep links (always), the theme, and
 * inside an iframe auto-height (Sourceline, Pym.js and AMP messages) and the postMessage API.
 * Returns the function that undoes all of it.
 */
import { parseUrlConfig, type AppConfig } from '../config/url-config';
import type { Theme, ViewerController } from '../viewer-controller';
import { ampEmbedSize } from './amp-protocol';
import { watchHeight, measureHeight } from './auto-height';
import { formatWindow } from '../config/time-bounds';
import { keepUrlInStep } from './deep-link';
import { isAllowedSender, isHello, looksLikeSourceline, parseHostCommand, PROTOCOL_VERSION, type EmbedMessage, type HostCommand } from './message-protocol';
import { parsePymMessage, pymHeightMessage } from './pym-protocol';
import { themeFollower } from './theme';

function run(controller: ViewerController, command: HostCommand, setTheme: (theme: Theme) => void): void {
  switch (command.type) {
    case 'select':
      return controller.select(command.event);
    case 'search':
      return controller.search(command.query);
    case 'filter':
      return controller.filter({ documents: command.documents });
    case 'setWindow':
      return controller.setWindow(command.window);
    case 'setTheme':
      return setTheme(command.theme);
  }
}

export function installEmbed(controller: ViewerController, config: AppConfig, win: Window = window): () => void {
  const cleanups: (() => void)[] = [];
  // The hash of a deep link wins, even if the viewer was given a config parsed from the query only.
  const link = parseUrlConfig('', () => {}, win.location.hash);
  const initial = { event: link.event ?? config.event, window: link.window ?? config.window };
  if (link.event !== null && link.event !== config.event) controller.select(link.event);
  if (link.window && JSON.stringify(link.window) !== JSON.stringify(config.window)) controller.setWindow(link.window);
  const url = keepUrlInStep(win);
  url.update(initial);
  let home: string | null | undefined = initial.window ? null : undefined;
  cleanups.push(() => url.stop());

  const theme = themeFollower((q) => win.matchMedia(q), (t) => controller.setTheme(t));
  theme.set(config.theme);
  cleanups.push(() => theme.stop());

  const framed = win.parent !== win;
  const post = (message: EmbedMessage) => framed && win.parent.postMessage(message, '*');

  cleanups.push(
    controller.on('select', (event) => {
      url.update({ event });
      post({ type: 'sourceline:select', event });
    }),
    controller.on('viewchange', (window) => {
      // The first window shown without a deep-linked one is the default view: links leave it out.
      const key = JSON.stringify(formatWindow(window));
      if (home === undefined) home = key;
      url.update({ window: key === home ? null : window });
      post({ type: 'sourceline:viewchange', window });
    }),
  );

  // A reader editing the hash, or an in-page link to `#event=...`.
  const onHashChange = () => {
    const link = parseUrlConfig('', console.warn, win.location.hash);
    if (link.event !== url.current().event) controller.select(link.event);
    if (link.window) controller.setWindow(link.window);
  };
  win.addEventListener('hashchange', onHashChange);
  cleanups.push(() => win.removeEventListener('hashchange', onHashChange));

  if (framed) {
    const sendHeight = (height: number) => {
      post({ type: 'sourceline:resize', height });
      win.parent.postMessage(ampEmbedSize(height), '*');
      if (config.pymChildId !== null) win.parent.postMessage(pymHeightMessage(config.pymChildId, height), '*');
    };
    cleanups.push(watchHeight(win.document, sendHeight));

    const refused = new Set<string>();
    /** Size requests are answered whatever the parent's origin: the answer is only a height. */
    const answerSizeRequest = (data: unknown): boolean => {
      if (isHello(data)) {
        post({ type: 'sourceline:resize', height: measureHeight(win.document) });
        return true;
      }
      // A Pym parent announces its width on load and on resize and expects the height back.
      const pym = config.pymChildId === null ? null : parsePymMessage(data, config.pymChildId);
      if (pym?.type === 'width') win.parent.postMessage(pymHeightMessage(config.pymChildId!, measureHeight(win.document)), '*');
      return pym !== null;
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source === win.parent && answerSizeRequest(event.data)) return;
      const context = { parent: win.parent, ownOrigin: win.location.origin, allowOrigins: config.allowOrigins };
      if (!isAllowedSender(event, context)) {
        const why =
          event.source !== win.parent
            ? `sourceline: ignoring messages from a window other than the parent page (${event.origin})`
            : `sourceline: ignoring messages from ${event.origin}: add origin=${event.origin} to the embed URL to allow it`;
        if (looksLikeSourceline(event.data) && !refused.has(why)) {
          refused.add(why);
          console.warn(why);
        }
        return;
      }
      const command = parseHostCommand(event.data);
      if (command) run(controller, command, (t) => theme.set(t));
      else if (looksLikeSourceline(event.data)) console.warn('sourceline: ignoring a malformed message', event.data);
    };
    win.addEventListener('message', onMessage);
    cleanups.push(() => win.removeEventListener('message', onMessage));
    post({ type: 'sourceline:ready', version: PROTOCOL_VERSION, ...initial });
  }

  return () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  };
}
