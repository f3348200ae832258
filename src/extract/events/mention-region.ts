/**
 * The part of a sentence that belongs to one of its date mentions. "At Istanbul in 1999 and Astana
 * in 2010, ..." reports two summits: Istanbul goes with 1999 and Astana with 2010. Between two
 * mentions the sentence is cut at the last clause separator (comma, semicolon, dash, "and", "but",
 * "while") before the later mention; with no separator, at the midpoint.
 */
import type { Span } from '../../schema/timeline';

const SEPARATOR = /[,;–—]|\s(and|but|while|whereas|or)\s/gi;

function cutBetween(text: string, from: number, to: number, base: number): number {
  const gap = text.slice(from - base, to - base);
  let cut = -1;
  for (const m of gap.matchAll(SEPARATOR)) cut = m.index! + m[0].length;
  return cut >= 0 ? from + cut : Math.round((from + to) / 2);
}

/**
 * Region of mention `i` among `mentions` (sorted, all inside `sentence`). `text` is the document
 * text; offsets are document offsets.
 */
export function mentionRegion(text: string, sentence: Span, mentions: Span[], i: number): Span {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  const start = prev ? cutBetween(text, prev.end, m.start, 0) : sentence.start;
  const end = next ? cutBetween(text, m.end, next.start, 0) : sentence.end;
  return { start, end };
}
