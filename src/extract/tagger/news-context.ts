/**
 * What the whole document says that a single sentence cannot: whether it reports quarterly
 * results. Business news then means the reported quarter by "the quarter" and "a year ago"
 * (the same quarter a year earlier). Found once per document, passed to chrono in its options.
 */
import type { ParsingContext, ParsingOption } from 'chrono-node';
import { tenseAround, type Tense } from './tense';

export interface NewsOption extends ParsingOption {
  /** The document reports results by quarter ("third-quarter profit", "the quarter"). */
  quarterly?: boolean;
  /** The whole sentence chrono's window was cut from, and where the window starts in it. */
  sentence?: { text: string; windowStart: number };
}

const QUARTER_WORD = /\bquarter(?:ly)?\b/gi;

/** Two or more mentions of a (fiscal) quarter make a document quarterly. */
export function isQuarterly(text: string): boolean {
  QUARTER_WORD.lastIndex = 0;
  let count = 0;
  while (QUARTER_WORD.exec(text) && ++count < 2);
  return count >= 2;
}

export function newsOption(context: ParsingContext): NewsOption {
  return context.option as NewsOption;
}

/** The tense around [start, end) of the window, read in the whole sentence when known. */
export function tenseOf(context: ParsingContext, start: number, end: number): Tense | null {
  const sentence = newsOption(context).sentence;
  if (!sentence) return tenseAround(context.text, start, end);
  return tenseAround(sentence.text, start + sentence.windowStart, end + sentence.windowStart);
}
