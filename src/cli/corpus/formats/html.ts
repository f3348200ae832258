/**
 * `.html` / `.htm`: a saved web page. The document text is the page's main text as Mozilla
 * Readability finds it (menus, ads and comments dropped), written out as plain text with a blank
 * line between paragraphs (html-text.ts); offsets refer to that extracted text. When Readability
 * finds no article, the whole body's text is used. The page is only parsed (linkedom, see html-document.ts), never run:
 * scripts are dropped and nothing is fetched.
 */
import { Readability } from '@mozilla/readability';
import { decodeText } from '../decode-text';
import type { DocumentFormat } from './format';
import { declaredCharset } from './html-charset';
import { parseHtmlDocument } from './html-document';
import { htmlMetadata } from './html-metadata';
import { htmlText } from './html-text';

function mainText(document: Document): string {
  // Readability mutates the document it is given; metadata has been read before this.
  const article = new Readability(document, { serializer: (node) => node }).parse();
  const text = article?.content ? htmlText(article.content) : '';
  return text || htmlText(document.body);
}

export const html: DocumentFormat = {
  name: 'HTML',
  extensions: ['.html', '.htm'],
  read(bytes) {
    const decoded = decodeText(bytes, { declared: declaredCharset(bytes) });
    if (!decoded.ok) return decoded;
    const document = parseHtmlDocument(decoded.text);
    const meta = htmlMetadata(document);
    const text = mainText(document);
    if (!/\S/.test(text)) return { ok: false, reason: 'HTML page with no readable text' };
    return { ok: true, text, meta, notes: decoded.note ? [decoded.note] : [] };
  },
};
