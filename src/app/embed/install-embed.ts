/**
 * Wires the viewer to its host page when embedded: auto-height, postMessage API, deep links.
 * STUB: the embed issue fills it in; the viewer calls it once, after the timeline is loaded.
 */
import type { AppConfig } from '../config/url-config';
import type { ViewerController } from '../viewer-controller';

export function installEmbed(_controller: ViewerController, _config: AppConfig): () => void {
  return () => {};
}
