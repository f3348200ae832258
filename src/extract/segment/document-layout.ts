/**
 * The structure of a scraped page: title line, article body, reader comments, and the chrome
 * around them (footer, share widgets, comment bylines and timestamps). Dates in chrome are never
 * events; dates in comments are events told by readers, and are marked so.
 *
 * Decided line by line with a small state machine, because scraped pages keep their layout in
 * lines: a footer marker ("Share this:", "Leave a Reply", "Blog at WordPress.com") ends the body;
 * a comment header ("2 thoughts on ...") or an indented numbered list that runs to the end of the
 * page (the shape a scraped comment thread takes) starts the comments.
 */
import type { Span } from '../../schema/timeline';
import { isChrome, isCommentChrome, isCommentHeader, isDateline, isFooterStart, listItemNumber } from './boilerplate';

export type BlockKind = 'title' | 'body' | 'comment' | 'chrome';

/** A run of consecutive non-blank lines of one kind (a paragraph, or one comment). */
export interface Block extends Span {
  kind: BlockKind;
}

export interface Line extends Span {
  /** The line without its line break. */
  raw: string;
  /** Trimmed, with no-break spaces as spaces. */
  clean: string;
}

const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 25;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[1]!;
    lines.push({ start: m.index, end: m.index + raw.length, raw, clean: raw.replace(/[\u00a0\u202f]/g, ' ').trim() });
    if (m[2] === '' || re.lastIndex >= text.length) break;
  }
  return lines;
}

const comparable = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The first line is the title when it matches the known title, or looks like a headline. */
function isTitleLine(line: Line, next: Line | undefined, title: string | undefined): boolean {
  if (line.clean.length > MAX_TITLE_CHARS || line.clean.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (title && comparable(title) === comparable(line.clean)) return true;
  const standsAlone = !next || next.clean === '';
  return standsAlone && !/[.,;:]$/.test(line.clean);
}

/** An indented numbered list starting at 1 whose lines run, indented, to the end or a footer. */
function startsCommentList(lines: Line[], at: number): boolean {
  const item = listItemNumber(lines[at]!.raw);
  if (!item || item.number !== 1 || !item.indented) return false;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.clean === '' || /^\s/.test(l.raw) || isCommentChrome(l.clean)) continue;
    return isFooterStart(l.clean) || isCommentHeader(l.clean);
  }
  return true;
}

type State = 'start' | 'body' | 'footer' | 'comments';

function classify(lines: Line[], title: string | undefined): BlockKind[] {
  const kinds: BlockKind[] = [];
  let state: State = 'start';
  lines.forEach((line, i) => {
    const c = line.clean;
    if (c === '') return void kinds.push('chrome');
    // A wire dateline opens the body (the headline, if any, came before it); it is no title.
    if ((state === 'start' || state === 'body') && isDateline(c)) {
      state = 'body';
      return void kinds.push('chrome');
    }
    if (state === 'start') {
      state = 'body';
      const next = lines.slice(i + 1).find(() => true);
      if (isTitleLine(line, next, title)) return void kinds.push('title');
    }
    if (isCommentHeader(c)) {
      state = 'comments';
      return void kinds.push('chrome');
    }
    if (state === 'comments') {
      if (isFooterStart(c) && !/^leave a comment$/i.test(c)) state = 'footer';
      return void kinds.push(state === 'footer' || isCommentChrome(c) ? 'chrome' : 'comment');
    }
    if (startsCommentList(lines, i)) {
      state = 'comments';
      return void kinds.push('comment');
    }
    if (state === 'footer' || isFooterStart(c)) {
      state = 'footer';
      return void kinds.push('chrome');
    }
    kinds.push(isChrome(c) ? 'chrome' : 'body');
  });
  return kinds;
}

/**
 * Blocks in text order. A blank line or a change of kind ends a block, except inside a comment,
 * whose paragraphs stay together; each numbered item or comment chrome (byline, "Reply") starts
 * a new one, so that a passage never runs from one reader into another.
 */
export function layoutDocument(text: string, title?: string): Block[] {
  const lines = splitLines(text);
  const kinds = classify(lines, title);
  const blocks: Block[] = [];
  let open: Block | null = null;
  lines.forEach((line, i) => {
    const kind = kinds[i]!;
    const newItem = kind === 'comment' && listItemNumber(line.raw) !== null;
    if (line.clean === '') {
      // A comment's paragraphs stay one block: a passage may run across them, not into the next reader.
      if (open?.kind !== 'comment') open = null;
      return;
    }
    if (!open || open.kind !== kind || newItem || kind === 'title') open = null;
    if (open) open.end = line.end;
    else blocks.push((open = { kind, start: line.start + line.raw.search(/\S/), end: line.end }));
  });
  for (const b of blocks) b.end = b.start + text.slice(b.start, b.end).trimEnd().length;
  return blocks;
}
