/** Bytes to text, refusing what is not text rather than producing mojibake. */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const looksBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content (NUL bytes), not text' };
  try {
    // ignoreBOM keeps a leading BOM in the text so that offsets match the file as read.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (!text.trim()) return { ok: false, reason: 'only whitespace, no text' };
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}
