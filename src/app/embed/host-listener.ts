/**
 * Incoming messages of an embedded viewer. Size requests (embed.js `hello`, Pym.js `width`) are
 * answered whatever the parent's origin, since the answer is only a height; commands are run only
 * from the parent window of an allowed origin, once validated. Returns the stop function.
 */
import type { AppConfig } from '../config/url-config';
import type { Theme, ViewerController } from '../viewer-controller';
import { measureHeight } from './auto-height';
import { isAllowedSender, isHello, looksLikeSourceline, parseHostCommand, type HostCommand } from './message-protocol';
import { parsePymMessage, pymHeightMessage } from './pym-protocol';

export interface HostListenerOptions {
  win: Window;
  controller: ViewerController;
  config: Pick<AppConfig, 'allowOrigins' | 'pymChildId'>;
  setTheme: (theme: Theme) => void;
  postHeight: (height: number) => void;
}

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

export function listenToHost({ win, controller, config, setTheme, postHeight }: HostListenerOptions): () => void {
  const warned = new Set<string>();
  const warnOnce = (message: string) => {
    if (!warned.has(message)) console.warn(message);
    warned.add(message);
  };

  const answerSizeRequest = (data: unknown): boolean => {
    if (isHello(data)) {
      postHeight(measureHeight(win.document));
      return true;
    }
    const pym = config.pymChildId === null ? null : parsePymMessage(data, config.pymChildId);
    if (pym?.type === 'width') win.parent.postMessage(pymHeightMessage(config.pymChildId!, measureHeight(win.document)), '*');
    return pym !== null;
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source === win.parent && answerSizeRequest(event.data)) return;
    const context = { parent: win.parent, ownOrigin: win.location.origin, allowOrigins: config.allowOrigins };
    if (!isAllowedSender(event, context)) {
      if (!looksLikeSourceline(event.data)) return; // other scripts' messages are none of our business
      warnOnce(
        event.source !== win.parent
          ? `sourceline: ignoring messages from a window other than the parent page (${event.origin})`
          : `sourceline: ignoring messages from ${event.origin}: add origin=${event.origin} to the embed URL to allow it`,
      );
      return;
    }
    const command = parseHostCommand(event.data);
    if (command) run(controller, command, setTheme);
    else if (looksLikeSourceline(event.data)) console.warn('sourceline: ignoring a malformed message', event.data);
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
