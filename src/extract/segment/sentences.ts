/**
 * Sentences of a document, with exact offsets. `Intl.Segmenter` does the work, applied block by
 * block, and window by window inside a huge block (over one big string its cost grows with the
 * square of the length). Two gaps of the ICU rules are
 * closed here: a title or abbreviation ("Mr.", "Gen.", "Jan.") does not end a sentence, and a hard
 * line wrap inside a paragraph is not a sentence break (ICU always breaks at a line feed).
 */
import { bisector } from 'd3-array';
import type { Span } from '../../schema/timeline';
import type { Block, BlockKind } from './document-layout';

export interface Sentence extends Span {
  kind: BlockKind;
  /** Index of the block in the layout. */
  block: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const ABBREVIATION =
  /(^|[\s("“])(mr|mrs|ms|dr|prof|st|gen|gov|sen|rep|lt|col|capt|sgt|maj|adm|jr|sr|inc|co|corp|ltd|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|a\.m|p\.m|[a-z])\.$/i;
/**
 * "U.S.", "U.N.", "N.Y.": ICU ends a sentence after one whenever a capital follows, which cuts
 * "U.S. Embassy" and "U.S. President Bill Clinton" in two. After an initialism a sentence ends
 * only where the next opens as sentences do: a quotation, or one of these words.
 */
const INITIALISM = /(?:^|[\s("“])(?:\p{L}\.){2,}$/u;
const SENTENCE_OPENER = new Set(
  (
    'the a an this that these those there then he she it they we i you his her its their our my ' +
    'but and or so yet in on at by for from with after before when while if as since although ' +
    'though meanwhile however also still now today yesterday some many most all no what who why how where'
  ).split(' '),
);
const opensSentence = (body: string) => /^[“"‘(]/.test(body) || SENTENCE_OPENER.has(/^\p{L}+/u.exec(body)?.[0].toLowerCase() ?? '');
const LIST_MARKER = /^(\d{1,3}[.)]|[-–•*·])$/;
/** A wrapped line is long and stops mid-sentence. */
const WRAPPED_MIN = 40;
const ENDS_SENTENCE = /[.!?:;”"’)\]\s]$/;

/** The block's text with wrapped line breaks turned into spaces: same length, same offsets. */
function unwrap(text: string): string {
  const lines = text.split('\n');
  const last = lines.length - 1;
  return lines
    .map((l, i) => (i === last ? l : l + (l.length >= WRAPPED_MIN && !ENDS_SENTENCE.test(l) ? ' ' : '\n')))
    .join('');
}

/**
 * Above this many characters a block is segmented window by window: the segmenter's cost grows
 * with the square of its input (200 kB in one paragraph: ~2 s; 800 kB: ~90 s).
 */
const WINDOW = 8_000;

/** Sentence segments of `text`, cut window by window; the last, possibly cut, one of each window
 *  is segmented again as the start of the next. */
function* segments(text: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  while (from < text.length) {
    const window = text.slice(from, from + WINDOW);
    const parts = [...segmenter.segment(window)];
    const last = from + WINDOW >= text.length || parts.length < 2 ? parts.length : parts.length - 1;
    for (const part of parts.slice(0, last)) yield { index: from + part.index, segment: part.segment };
    from += last === parts.length ? window.length : parts[last]!.index;
  }
}

function segmentBlock(text: string, block: Block, index: number): Sentence[] {
  const local = unwrap(text.slice(block.start, block.end));
  const out: Sentence[] = [];
  let pending: Sentence | null = null;
  for (const seg of segments(local)) {
    const body = seg.segment.trim();
    if (!body) continue;
    const start = block.start + seg.index + seg.segment.indexOf(body);
    if (pending && INITIALISM.test(text.slice(pending.start, pending.end)) && opensSentence(body)) {
      out.push(pending);
      pending = null;
    }
    const sentence: Sentence = pending
      ? { ...pending, end: start + body.length }
      : { start, end: start + body.length, kind: block.kind, block: index };
    if (!pending && LIST_MARKER.test(body)) continue;
    if (ABBREVIATION.test(body) || INITIALISM.test(body)) {
      pending = sentence;
      continue;
    }
    pending = null;
    out.push(sentence);
  }
  if (pending) out.push(pending);
  return out;
}

/** Sentences of every block that holds prose (title, body, comments), in text order. */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  return blocks.flatMap((b, i) => (b.kind === 'chrome' ? [] : segmentBlock(text, b, i)));
}

const byEnd = bisector((s: Sentence) => s.end);

/** The sentence holding `offset` (the first ending after it, if it has begun), or -1. */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  const i = byEnd.right(sentences, offset);
  return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
}
