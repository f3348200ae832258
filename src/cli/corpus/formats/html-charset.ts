/**
 * The charset an HTML file declares in its first 1024 bytes (`<meta charset>` or the
 * `http-equiv="Content-Type"` form), as the HTML standard's pre-scan looks for it.
 */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1] ?? null;
}
