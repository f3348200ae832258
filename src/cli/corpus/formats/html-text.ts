/**
 * Plain text of an HTML element, keeping its block structure: paragraphs, headings and other
 * blocks are separated by a blank line, list items, table rows and `<br>` by a line break, so that
 * the text reads like the page and passages can follow paragraphs. Whitespace inside a block
 * collapses to single spaces, as a browser renders it; `<pre>` keeps its own.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'SELECT', 'BUTTON', 'HEAD']);
const PARAGRAPH = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'HR', 'ADDRESS', 'DETAILS', 'FORM', 'FIELDSET',
]);
const LINE = new Set(['LI', 'TR', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'SUMMARY', 'BR']);
const CELL = new Set(['TD', 'TH']);
const ASCII_SPACE = /[ \t\n\r\f]+/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  hasAttribute?(name: string): boolean;
}

class TextBuilder {
  private parts: string[] = [];
  private pendingBreak = 0;
  private pendingSpace = false;
  private atLineStart = true;

  requestBreak(newlines: number): void {
    if (this.parts.length) this.pendingBreak = Math.max(this.pendingBreak, newlines);
  }

  requestSpace(): void {
    if (!this.atLineStart) this.pendingSpace = true;
  }

  add(text: string, preformatted: boolean): void {
    let chunk = preformatted ? text : text.replace(ASCII_SPACE, ' ');
    if (!preformatted && (this.atLineStart || this.pendingBreak)) chunk = chunk.replace(/^ /, '');
    if (!chunk) return;
    if (this.pendingBreak) {
      this.trimTrailingSpace();
      this.parts.push('\n'.repeat(this.pendingBreak));
    } else if (this.pendingSpace && !chunk.startsWith(' ') && !this.endsWithSpace()) this.parts.push(' ');
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.parts.push(chunk);
    this.atLineStart = chunk.endsWith('\n');
  }

  private endsWithSpace(): boolean {
    return /\s$/.test(this.parts.at(-1) ?? '');
  }

  private trimTrailingSpace(): void {
    const last = this.parts.length - 1;
    if (last >= 0) this.parts[last] = this.parts[last]!.replace(/[ \t]+$/, '');
  }

  toString(): string {
    this.trimTrailingSpace();
    return this.parts.join('');
  }
}

function walk(node: NodeLike, out: TextBuilder, preformatted: boolean): void {
  if (node.nodeType === TEXT_NODE) return out.add(node.textContent ?? '', preformatted);
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name) || node.hasAttribute?.('hidden')) return;
  const breaks = PARAGRAPH.has(name) ? 2 : LINE.has(name) ? 1 : 0;
  if (breaks) out.requestBreak(breaks);
  if (CELL.has(name)) out.requestSpace();
  if (name === 'BR') return;
  const pre = preformatted || name === 'PRE' || name === 'TEXTAREA';
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, out, pre);
  if (breaks) out.requestBreak(breaks);
  if (CELL.has(name)) out.requestSpace();
}

export function htmlText(root: NodeLike): string {
  const out = new TextBuilder();
  walk(root, out, false);
  return out.toString();
}
