/**
 * windows-1252 decoding that is right on every Node 20 release. Some Node 20 versions decode the
 * `windows-1252` TextDecoder (and its labels latin1, iso-8859-1) as plain ISO-8859-1, turning
 * curly quotes, dashes and € (bytes 0x80–0x9F) into invisible C1 controls. Where the platform is
 * right it is used as is; otherwise those 27 bytes are mapped by the WHATWG table.
 */

const C1_TABLE: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const platformIsRight = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80, 0x93)) === '€“';

export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return platformIsRight ? text : text.replace(/[\x80-\x9f]/g, (c) => C1_TABLE[c.charCodeAt(0)] ?? c);
}
