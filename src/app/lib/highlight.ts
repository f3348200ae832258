/**
 * Text split into plain and highlighted pieces, rendered by Svelte as text and `<mark>` — never as
 * HTML, so document text cannot inject markup.
 */
export interface Piece {
  text: string;
  mark: boolean;
  /** Which kind of highlight: the date mention or a search hit. */
  kind?: 'mention' | 'search';
}

export interface Range {
  start: number;
  end: number;
  kind: 'mention' | 'search';
}

/** Every case-insensitive occurrence of the query in the text. */
export function queryRanges(text: string, query: string): Range[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length))
    ranges.push({ start: at, end: at + q.length, kind: 'search' });
  return ranges;
}

/** Pieces of `text` with the ranges marked; overlapping ranges keep the earlier one. */
export function highlight(text: string, ranges: readonly Range[]): Piece[] {
  const sorted = [...ranges]
    .filter((r) => r.end > r.start && r.start < text.length && r.end > 0)
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, text.length);
    if (start >= end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true, kind: r.kind });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
