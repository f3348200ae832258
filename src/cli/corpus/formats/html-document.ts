/**
 * Parses a page into a DOM that Readability can walk, without running anything.
 *
 * linkedom is small and fast but, unlike a browser, does not infer the structure HTML allows
 * authors to omit: for `<p>text</p>` alone or `<html><p>text</p></html>` it makes no `<body>`
 * holding the text (its `document.body` is then an empty element it creates). Saved pages nearly
 * always spell out `<html><head><body>`, hand-written and exported ones often do not, so this
 * puts the root, head and body back as a browser would: head-only elements (title, meta, link,
 * script, style, base) met before any content go to `<head>`, everything else to `<body>`, in order.
 */
import { parseHTML } from 'linkedom';

const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);
const DOCTYPE = /^\s*<!doctype[^>]*>/i;

function rooted(source: string): Document {
  const { document } = parseHTML(source);
  if (document.documentElement?.nodeName === 'HTML') return document;
  return parseHTML(`<!doctype html><html>${source.replace(DOCTYPE, '')}</html>`).document;
}

export function parseHtmlDocument(source: string): Document {
  const document = rooted(source.replace(/^\uFEFF/, ''));
  const root = document.documentElement;
  // Read the children before touching document.head/body: those getters insert empty elements.
  const children = [...root.childNodes];
  const find = (name: string) => children.find((n) => n.nodeName.toUpperCase() === name);
  const head = find('HEAD') ?? root.insertBefore(document.createElement('head'), root.firstChild);
  const body = find('BODY') ?? root.appendChild(document.createElement('body'));
  const bodyStart = body.firstChild;
  let passedBody = false;
  let contentSeen = false;
  for (const node of children) {
    if (node === head) continue;
    if (node === body) {
      passedBody = true;
      continue;
    }
    const isElement = node.nodeType === 1;
    const blank = node.nodeType === 3 && !/\S/.test(node.textContent ?? '');
    if (!passedBody && !contentSeen && (blank || (isElement && HEAD_ONLY.has(node.nodeName.toUpperCase())))) {
      if (isElement) head.appendChild(node);
      continue;
    }
    if (node.nodeType === 3 || isElement) contentSeen = true;
    if (passedBody) body.appendChild(node);
    else body.insertBefore(node, bodyStart);
  }
  return document;
}
