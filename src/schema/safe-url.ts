/** Links from timeline data (document URLs) are used only when they are absolute http(s) URLs: the CLI drops others when reading metadata, the viewer never renders them as links. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
