/**
 * Bytes to text, refusing what is not text rather than producing mojibake.
 *
 * Order of evidence: a byte-order mark (UTF-8, UTF-16 LE/BE); valid UTF-8; an encoding the file
 * declares (HTML `<meta charset>`); UTF-8 with a few damaged bytes; a legacy single-byte encoding
 * detected by chardet with enough confidence. Anything else is reported, never guessed silently.
 *
 * A BOM is kept as U+FEFF at offset 0, so offsets count exactly what a UTF-8 reader of the file
 * sees (the same text `sourceline tag` reads). CRLF and every other character are kept as decoded.
 */
import chardet from 'chardet';
import { decodeWindows1252 } from './windows-1252';

export type Decoded =
  | { ok: true; text: string; encoding: string; note?: string }
  | { ok: false; reason: string };

export interface DecodeOptions {
  /** A charset the file declares about itself (e.g. from `<meta charset>`). */
  declared?: string | null;
}

const SAMPLE = 8192;
/** Below this chardet confidence (0–100) a legacy guess is not trusted. */
const MIN_CONFIDENCE = 50;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomEncoding(bytes: Uint8Array): string | null {
  for (const [mark, encoding] of BOMS) if (mark.every((b, i) => bytes[i] === b)) return encoding;
  return null;
}

/** UTF-16 text without a BOM: NUL high (or low) bytes on most Latin characters. */
function bomlessUtf16(sample: Uint8Array): string | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  const half = sample.length / 2;
  if (odd > half * 0.4 && even < half * 0.02) return 'utf-16le';
  if (even > half * 0.4 && odd < half * 0.02) return 'utf-16be';
  return null;
}

const isControl = (c: number) => c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27;

/** NUL, or more than 1% of C0 control codes other than tab, newlines and escape: not text. */
function looksBinary(codes: ArrayLike<number>): boolean {
  let controls = 0;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === 0) return true;
    if (isControl(codes[i]!)) controls++;
  }
  return controls > codes.length * 0.01;
}

const codeUnits = (text: string) => Uint16Array.from(text.slice(0, SAMPLE), (c) => c.charCodeAt(0));

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  // Every byte is a character in windows-1252, so `fatal` cannot fail there.
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A WHATWG encoding name Node knows, or null. `latin1`, `ISO-8859-1`, `cp1252` all resolve. */
function knownEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Mostly UTF-8 with a few broken bytes: more valid non-ASCII characters than replacements. */
function damagedUtf8(bytes: Uint8Array): { text: string; replaced: number } | null {
  const text = decodeWith('utf-8', bytes, false)!;
  let replaced = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) valid++;
  }
  return valid > replaced ? { text, replaced } : null;
}

function legacyGuess(bytes: Uint8Array): { encoding: string; confidence: number } | null {
  const best = chardet.analyse(bytes.subarray(0, 64 * 1024)).find((m) => !/^(UTF|ASCII)/i.test(m.name));
  const encoding = knownEncoding(best?.name);
  return best && encoding && !/^utf/.test(encoding) ? { encoding, confidence: best.confidence } : null;
}

const nonBlank = (text: string) => /[^\s\uFEFF]/.test(text);

function finish(text: string, encoding: string, note?: string): Decoded {
  if (!nonBlank(text)) return { ok: false, reason: 'only whitespace, no text' };
  return note ? { ok: true, text, encoding, note } : { ok: true, text, encoding };
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decodeWith(bom, bytes, true);
    return text === null ? { ok: false, reason: `starts with a ${bom.toUpperCase()} byte-order mark but is not valid ${bom.toUpperCase()}` } : finish(text, bom);
  }
  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = bomlessUtf16(sample);
  if (utf16) {
    const text = decodeWith(utf16, bytes, true);
    if (text !== null && !looksBinary(codeUnits(text))) return finish(text, utf16, `read as ${utf16.toUpperCase()} without a byte-order mark`);
  }
  if (looksBinary(sample)) return { ok: false, reason: 'binary content (control or NUL bytes), not text' };
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const declared = knownEncoding(options.declared);
  if (declared && declared !== 'utf-8') {
    const text = decodeWith(declared, bytes, true);
    if (text !== null) return finish(text, declared);
  }
  const damaged = damagedUtf8(bytes);
  if (damaged)
    return finish(damaged.text, 'utf-8', `not valid UTF-8: ${damaged.replaced} damaged byte sequence${damaged.replaced === 1 ? '' : 's'} shown as �`);
  const guess = legacyGuess(bytes);
  if (guess && guess.confidence >= MIN_CONFIDENCE) {
    const text = decodeWith(guess.encoding, bytes, false)!;
    return finish(text, guess.encoding, `not UTF-8; read as ${guess.encoding} (detected with ${guess.confidence}% confidence), check its accented letters`);
  }
  const hint = guess ? ` (best guess ${guess.encoding} at ${guess.confidence}% confidence)` : '';
  return { ok: false, reason: `not valid UTF-8 and its encoding could not be detected${hint}; save it as UTF-8` };
}
