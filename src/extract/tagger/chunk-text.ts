/**
 * Splits a text into sentence-sized chunks with their offsets. Chrono, run over a whole text,
 * slows down super-linearly (each parser re-slices the remaining text after every match), and so
 * does Intl.Segmenter over a whole string; per sentence both stay cheap. Sentences also give the
 * tense refiner its context. One linear pass; chunks are capped so no input can make one huge.
 */
export interface Chunk {
  /** Offset of the chunk's first character in the whole text. */
  start: number;
  text: string;
}

/** Longest chunk handed to chrono; a longer sentence is cut at a space (or anywhere). */
export const MAX_CHUNK = 1200;

const SENTENCE_END = /[.!?]+["'”’)\]]*\s+|\n\s*/g;

/** Words whose period does not end a sentence ("Jan. 14", "Mr. Putin", "U.S. officials"). */
const ABBREVIATION =
  /(?:^|[\s("'“‘])(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd|Bros|vs|No|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|approx|est|Ft|Mt|a\.m|p\.m|U\.S|U\.N|U\.K|E\.U)$/;

export function chunkText(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const cut = m.index + m[0].length;
    const isBreak = m[0][0] === '\n';
    if (!isBreak) {
      const next = text[cut];
      const word = text.slice(Math.max(from, m.index - 12), m.index);
      if (next === undefined || !/[\p{Lu}\p{N}"“‘'`(\[]/u.test(next) || ABBREVIATION.test(word)) continue;
    }
    pushCapped(chunks, text, from, m.index + (isBreak ? 0 : m[0].trimEnd().length));
    from = cut;
  }
  pushCapped(chunks, text, from, text.length);
  return chunks;
}

function pushCapped(chunks: Chunk[], text: string, from: number, to: number): void {
  while (to - from > MAX_CHUNK) {
    const window = text.slice(from, from + MAX_CHUNK);
    const space = window.lastIndexOf(' ');
    const cut = space > MAX_CHUNK / 2 ? from + space : from + MAX_CHUNK;
    chunks.push({ start: from, text: text.slice(from, cut) });
    from = cut;
  }
  if (to > from) chunks.push({ start: from, text: text.slice(from, to) });
}
