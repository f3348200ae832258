/**
 * The first module the entry chunk evaluates (main.ts imports it first): the timeline download
 * starts before the Svelte runtime, D3 and the components are evaluated, not after them. It
 * imports nothing that needs the DOM or Svelte.
 */
import { parseUrlConfig } from './config/url-config';
import { loadTimeline } from './load-timeline';

export const config = parseUrlConfig(location.search);
export const loading = loadTimeline(config.src);
