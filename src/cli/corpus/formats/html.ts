/**
 * `.html` / `.htm`: a saved web page. The document text is the page's main text as Mozilla
 * Readability finds it (menus, ads and comments dropped), written out as plain text with a blank
 * line between paragraphs (html-text.ts); offsets refer to that extracted text. When Readability
 * finds no article, or the page is too big for it, the whole body's text is used. The page is only
 * parsed (linkedom, see html-document.ts), never run: scripts are dropped and nothing is fetched.
 */
import { Readability } from '@mozilla/readability';
import { decodeText } from '../decode-text';
import type { DocumentFormat } from './format';
import { declaredCharset } from './html-charset';
import { parseHtmlDocument } from './html-document';
import { htmlMetadata } from './html-metadata';
import { htmlText } from './html-text';

/**
 * Past this many elements Readability's scoring gets slow (tens of seconds, growing faster than the
 * page) and a page this big is rarely one article, so its whole text is used instead.
 */
const MAX_ELEMENTS_FOR_READABILITY = 50_000;

function readabilityText(document: Document): string {
  // Readability mutates the document it is given; metadata has been read before this.
  const article = new Readability(document, { serializer: (node) => node }).parse();
  return article?.content ? htmlText(article.content) : '';
}

function mainText(document: Document, notes: string[]): string {
  const fallback = (why: string) => notes.push(`${why}: the whole page text is used, menus and footers included`);
  let text = '';
  // Counted here: Readability's own maxElemsToParse relies on getElementsByTagName('*'), which linkedom does not support.
  if (document.querySelectorAll('*').length > MAX_ELEMENTS_FOR_READABILITY)
    fallback(`more than ${MAX_ELEMENTS_FOR_READABILITY.toLocaleString('en')} HTML elements`);
  else
    try {
      text = readabilityText(document);
    } catch (error) {
      fallback(`main text detection failed (${(error as Error).message})`);
    }
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
    const notes = decoded.note ? [decoded.note] : [];
    const text = mainText(document, notes);
    if (!/\S/.test(text)) return { ok: false, reason: 'HTML page with no readable text' };
    return { ok: true, text, meta, notes };
  },
};
