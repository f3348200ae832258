/**
 * What the whole document says that a single sentence cannot: whether it reports quarterly
 * results. Business news then means the reported quarter by "the quarter" and "a year ago"
 * (the same quarter a year earlier). Found once per document, passed to chrono in its options.
 */
import type { ParsingContext, ParsingOption } from 'chrono-node';
import { referenceDay } from './parser-kit';
import { isQuotedAtOtherTime } from './quoted-time';
import { tenseAround, type Tense } from './tense';

export interface NewsOption extends ParsingOption {
  /** The document reports results by quarter ("third-quarter profit", "the quarter"). */
  quarterly?: boolean;
  /** The windows joined into the text chrono parses, each with the sentence it was cut from. */
  segments?: readonly Segment[];
}

/** A window inside the text handed to chrono: where it sits there, and in its sentence. */
export interface Segment {
  /** Offset of the window in the joined text chrono parses. */
  at: number;
  length: number;
  /** Offset of the window in the original text. */
  origin: number;
  sentence: string;
  /** Offset of the window in its sentence. */
  inSentence: number;
  /** The sentence before, when it ends in a colon: it introduces what this one quotes ("Ford said the following:"). */
  introduction?: string;
}

const QUARTER_WORD = /\bquarter(?:ly)?\b/gi;
/** A quarter of the calendar or the books: "third-quarter", "the fiscal-first quarter", "the quarter ended". */
const NAMED_QUARTER = /\b(?:(?:first|second|third|fourth|final)[\s-]+(?:fiscal[\s-]+)?quarter|quarter\s+ended)\b/i;

/**
 * A document is quarterly when it names a quarter of the books ("third-quarter net", "the
 * quarter ended July 31") or says "quarter(ly)" twice; one "quarter-century", "a quarter of the
 * market" or "quarterly dividend" alone does not make it so.
 */
export function isQuarterly(text: string): boolean {
  if (NAMED_QUARTER.test(text)) return true;
  QUARTER_WORD.lastIndex = 0;
  let count = 0;
  while (QUARTER_WORD.exec(text) && ++count < 2);
  return count >= 2;
}

export function newsOption(context: ParsingContext): NewsOption {
  return context.option as NewsOption;
}

/** The segment holding offset `at` of the joined text. */
export function segmentAt(segments: readonly Segment[], at: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (at < s.at) hi = mid - 1;
    else if (at > s.at + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The sentence offset `at` of the parsed text lies in, and where it is there (the window alone when unknown). */
export function sentenceAt(context: ParsingContext, at: number): { sentence: string; shift: number } {
  const segment = segmentAt(newsOption(context).segments ?? [], at);
  if (!segment) return { sentence: context.text, shift: 0 };
  return { sentence: segment.sentence, shift: segment.inSentence - segment.at };
}

/**
 * Offset `at` of the parsed text lies in a quotation set at another time than the article's, by
 * its sentence or by the sentence that introduces it with a colon (quoted-time.ts).
 */
export function quotedAtOtherTime(context: ParsingContext, at: number): boolean {
  const { sentence, shift } = sentenceAt(context, at);
  const introduction = segmentAt(newsOption(context).segments ?? [], at)?.introduction ?? '';
  return isQuotedAtOtherTime(sentence, at + shift, referenceDay(context).year, introduction);
}

/** The tense around [start, end) of the parsed text, read in the whole sentence when known. */
export function tenseOf(context: ParsingContext, start: number, end: number): Tense | null {
  const { sentence, shift } = sentenceAt(context, start);
  return tenseAround(sentence, start + shift, end + shift);
}
