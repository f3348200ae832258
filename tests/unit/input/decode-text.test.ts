import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/cli/corpus/decode-text';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => utf16le(s).map((_, i, a) => a[i % 2 ? i - 1 : i + 1]!);
/** windows-1252 bytes for ASCII plus the few letters these tests use. */
const CP1252: Record<string, number> = { 'é': 0xe9, 'è': 0xe8, '’': 0x92, '“': 0x93, '”': 0x94, 'ü': 0xfc, 'ç': 0xe7, 'â': 0xe2 };
const cp1252 = (s: string) => Uint8Array.from([...s], (c) => CP1252[c] ?? c.charCodeAt(0));

describe('decodeText', () => {
  it('reads UTF-8 without a BOM as is, CRLF kept', () => {
    expect(decodeText(utf8('Café on 10 January\r\nsecond line\r\n'))).toEqual({ ok: true, text: 'Café on 10 January\r\nsecond line\r\n', encoding: 'utf-8' });
  });

  it('keeps a UTF-8 BOM as U+FEFF at offset 0, so offsets match a UTF-8 reader of the file', () => {
    const r = decodeText(bytes([0xef, 0xbb, 0xbf], utf8('On 10 January')));
    expect(r).toEqual({ ok: true, text: '\uFEFFOn 10 January', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const text = 'Talks on 10 January — “Genève”\r\n';
    expect(decodeText(bytes([0xff, 0xfe], utf16le(text)))).toEqual({ ok: true, text: '\uFEFF' + text, encoding: 'utf-16le' });
    expect(decodeText(bytes([0xfe, 0xff], utf16be(text)))).toEqual({ ok: true, text: '\uFEFF' + text, encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE without a BOM, saying so', () => {
    const r = decodeText(utf16le('The treaty was signed in Vienna on 5 March 2020.'));
    expect(r).toEqual({ ok: true, text: 'The treaty was signed in Vienna on 5 March 2020.', encoding: 'utf-16le', note: 'read as UTF-16LE without a byte-order mark' });
  });

  it('detects windows-1252 (accents and curly quotes) and says it guessed', () => {
    const text = 'The café opened on 10 January 2022. “We’re thrilled,” said the owner, whose crème brûlée is famous across the whole city.';
    const r = decodeText(cp1252(text.replace('û', 'u')));
    expect(r.ok && r.text).toBe(text.replace('û', 'u'));
    expect(r.ok && r.encoding).toBe('windows-1252');
    expect(r.ok && r.note).toMatch(/^not UTF-8; read as windows-1252 \(detected with \d+% confidence\), check its accented letters$/);
  });

  it('uses a charset the file declares when the bytes are not UTF-8', () => {
    expect(decodeText(cp1252('Le café'), { declared: 'windows-1252' })).toEqual({ ok: true, text: 'Le café', encoding: 'windows-1252' });
    expect(decodeText(cp1252('Le café'), { declared: 'iso-8859-1' })).toEqual({ ok: true, text: 'Le café', encoding: 'windows-1252' });
  });

  it('maps the windows-1252 bytes 0x80–0x9F (€, dashes, curly quotes) whatever Node 20 release runs', () => {
    const r = decodeText(bytes(utf8('Price '), [0x80], utf8(' 5 '), [0x96, 0x20, 0x97, 0x20, 0x91, 0x92, 0x84, 0x85, 0x99]), { declared: 'windows-1252' });
    expect(r).toEqual({ ok: true, text: 'Price € 5 – — ‘’„…™', encoding: 'windows-1252' });
  });

  it('prefers valid UTF-8 over a declared legacy charset', () => {
    expect(decodeText(utf8('Le café'), { declared: 'windows-1252' })).toEqual({ ok: true, text: 'Le café', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a few damaged bytes, marking them with U+FFFD and counting them', () => {
    const r = decodeText(bytes(utf8('Genève, Zürich and Besançon on 10 January '), [0xff], utf8(' and more text.')));
    expect(r).toEqual({
      ok: true,
      text: 'Genève, Zürich and Besançon on 10 January \uFFFD and more text.',
      encoding: 'utf-8',
      note: 'not valid UTF-8: 1 damaged byte sequence shown as �',
    });
  });

  it('refuses invalid bytes whose encoding cannot be detected with confidence', () => {
    const r = decodeText(bytes(utf8('ab'), [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0x28]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^not valid UTF-8 and its encoding could not be detected( \(best guess [\w-]+ at \d+% confidence\))?; save it as UTF-8$/);
  });

  it('refuses empty, whitespace-only and binary content with a reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(utf8(' \r\n\t \n'))).toEqual({ ok: false, reason: 'only whitespace, no text' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8('\n  \n')))).toEqual({ ok: false, reason: 'only whitespace, no text' });
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png)).toEqual({ ok: false, reason: 'binary content (control or NUL bytes), not text' });
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 0x03 : 0x41));
    expect(decodeText(controls)).toEqual({ ok: false, reason: 'binary content (control or NUL bytes), not text' });
  });

  it('refuses a BOM followed by bytes that are not that encoding', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], [0x41, 0xff, 0x42]))).toEqual({
      ok: false,
      reason: 'starts with a UTF-8 byte-order mark but is not valid UTF-8',
    });
  });

  it('decodes a 1 MB line without spaces', () => {
    const line = 'x'.repeat(1024 * 1024);
    expect(decodeText(utf8(line))).toEqual({ ok: true, text: line, encoding: 'utf-8' });
  });
});
