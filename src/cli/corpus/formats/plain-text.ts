/** `.txt`: the decoded file is the document text, byte order mark and CRLF included. */
import { decodeText } from '../decode-text';
import { firstLineTitle } from './first-line-title';
import type { DocumentFormat } from './format';

export const plainText: DocumentFormat = {
  name: 'plain text',
  extensions: ['.txt', '.text'],
  read(bytes) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    return {
      ok: true,
      text: decoded.text,
      meta: { title: firstLineTitle(decoded.text), published: [] },
      notes: decoded.note ? [decoded.note] : [],
    };
  },
};
