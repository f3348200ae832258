/**
 * The postMessage API between an embedded timeline and its host page. Every message is a plain
 * object whose `type` starts with `sourceline:`. Incoming messages are validated field by field and
 * rebuilt, so nothing the host sends reaches the viewer unchecked; extra fields are ignored.
 *
 * Embed → host (posted to `window.parent`):
 *   {type: 'sourceline:ready', version: 1, event: string | null, window: {start, end} | null}
 *   {type: 'sourceline:resize', height: number}            CSS pixels of the whole document
 *   {type: 'sourceline:select', event: string | null}      the open event (null: closed)
 *   {type: 'sourceline:viewchange', window: {start, end}}  the visible time window
 * Host → embed, from the parent whatever its origin (the answer is a `sourceline:resize`):
 *   {type: 'sourceline:hello'}                              sent by embed.js when it starts late
 * Host → embed (accepted from the parent only, if its origin is allowed):
 *   {type: 'sourceline:select', event: string | null}
 *   {type: 'sourceline:search', query: string}
 *   {type: 'sourceline:filter', documents: string[]}       empty: all documents
 *   {type: 'sourceline:setWindow', window: {start, end}}   bounds as in the URL (`2021`, `2022-01-10`, ISO instants)
 *   {type: 'sourceline:setTheme', theme: 'light' | 'dark' | 'auto'}
 */
import { isValidId, isValidQuery } from '../config/url-config';
import { parseWindow } from '../config/time-bounds';
import type { Theme, TimeWindow } from '../viewer-controller';

export const PROTOCOL_VERSION = 1;
export const MAX_DOCUMENTS = 1000;

export type EmbedMessage =
  | { type: 'sourceline:ready'; version: typeof PROTOCOL_VERSION; event: string | null; window: TimeWindow | null }
  | { type: 'sourceline:resize'; height: number }
  | { type: 'sourceline:select'; event: string | null }
  | { type: 'sourceline:viewchange'; window: TimeWindow };

export type HostCommand =
  | { type: 'select'; event: string | null }
  | { type: 'search'; query: string }
  | { type: 'filter'; documents: string[] }
  | { type: 'setWindow'; window: TimeWindow }
  | { type: 'setTheme'; theme: Theme };

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for any object claiming to be ours: used to warn about refused senders, not to trust. */
export function looksLikeSourceline(data: unknown): boolean {
  return isRecord(data) && typeof data.type === 'string' && data.type.startsWith('sourceline:');
}

/** embed.js asks each iframe for its height when it starts, in case it missed the first resize. */
export function isHello(data: unknown): boolean {
  return isRecord(data) && data.type === 'sourceline:hello';
}

function parseMessageWindow(value: unknown): TimeWindow | null {
  if (!isRecord(value) || typeof value.start !== 'string' || typeof value.end !== 'string') return null;
  const result = parseWindow(value.start, value.end);
  return result.ok ? result.window : null;
}

/** A valid host command, or null for anything else (wrong type, missing or malformed field). */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'sourceline:select':
      return data.event === null || isValidId(data.event) ? { type: 'select', event: data.event } : null;
    case 'sourceline:search':
      return isValidQuery(data.query) ? { type: 'search', query: data.query.trim() } : null;
    case 'sourceline:filter': {
      const docs = data.documents;
      if (!Array.isArray(docs) || docs.length > MAX_DOCUMENTS || !docs.every(isValidId)) return null;
      return { type: 'filter', documents: [...new Set(docs)] };
    }
    case 'sourceline:setWindow': {
      const window = parseMessageWindow(data.window);
      return window ? { type: 'setWindow', window } : null;
    }
    case 'sourceline:setTheme':
      return THEMES.includes(data.theme as Theme) ? { type: 'setTheme', theme: data.theme as Theme } : null;
    default:
      return null;
  }
}

/**
 * Whether a message may drive the embed: it must come from the parent window, and the parent's
 * origin must be the embed's own or one listed in `origin=`/`allow=`.
 */
export function isAllowedSender(
  sender: { source: unknown; origin: string },
  context: { parent: unknown; ownOrigin: string; allowOrigins: readonly string[] },
): boolean {
  if (sender.source === null || sender.source !== context.parent) return false;
  return sender.origin === context.ownOrigin || context.allowOrigins.includes(sender.origin);
}
