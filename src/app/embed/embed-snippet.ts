/**
 * The HTML a newsroom pastes into its CMS: a lazy, titled, full-width iframe with a fixed height
 * that works without scripts, and optionally the host script that then sizes it to its content.
 * Pure (no DOM): the viewer's "Embed" dialog and the CLI's oEmbed file both use it.
 */
export const FALLBACK_HEIGHT = 600;
export const DEFAULT_TITLE = 'Sourceline timeline';

export interface SnippetOptions {
  /** Absolute URL of the embed (`...?embed=1`). */
  src: string;
  title?: string;
  height?: number;
  /** Absolute URL of `embed.js`; omitted: no script tag. */
  hostScript?: string | null;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildEmbedSnippet({ src, title = DEFAULT_TITLE, height = FALLBACK_HEIGHT, hostScript = null }: SnippetOptions): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}"` +
    ` style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-sourceline></iframe>`;
  return hostScript ? `${iframe}\n<script src="${escapeAttribute(hostScript)}" async></script>` : iframe;
}

/** Configuration that carries over from the page to its embed; everything else is per page. */
const CARRIED_KEYS = ['src', 'lanes', 'q', 'doc', 'dark', 'lang'];

/**
 * The embed URL for the timeline shown at `pageHref`: same folder and settings, `embed=1`, and
 * optionally opened at an event. A relative `src` stays relative: the embed lives in the same folder.
 * `fixedHeight`: for an iframe without the host script, the viewer lays itself out for that height.
 */
export function embedUrl(pageHref: string, eventId: string | null = null, fixedHeight: number | null = null): string {
  const page = new URL(pageHref);
  const url = new URL(page.pathname, page.origin);
  url.searchParams.set('embed', '1');
  for (const key of CARRIED_KEYS)
    for (const value of page.searchParams.getAll(key))
      url.searchParams.append(key, value);
  if (fixedHeight !== null) url.searchParams.set('height', String(Math.round(fixedHeight)));
  if (eventId !== null) url.hash = new URLSearchParams({ event: eventId }).toString();
  return url.href;
}

/** `embed.js` beside the page. */
export function hostScriptUrl(pageHref: string): string {
  return new URL('embed.js', pageHref).href;
}
