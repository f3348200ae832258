/** A label's words as the document writes them, as plain text. */
import type { Token } from './sentence-tokens';

/** Marks a word may carry that belong to it: "<img", "alert(1)>", "(its)", "$5", "3%". */
const WORD_MARK = /[<>()[\]{}=&%$#@+*'’“”"‘]/;
const QUOTE_MARK = /[“”"‘]/g;

/** Opening and closing brackets each in pairs: "(its)" keeps them, "ensur(e" loses its "(". */
function balanced(word: string): string {
  let out = word;
  for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
    const opens = out.split(open).length - 1;
    const closes = out.split(close).length - 1;
    if (opens !== closes) out = out.split(open).join('').split(close).join('');
  }
  return out;
}

/** A token as written, with the marks that stick to it (tokens hold the letters only). */
function writtenWord(t: Token, text: string): string {
  let start = t.start;
  let end = t.end;
  while (start > 0 && WORD_MARK.test(text[start - 1]!)) start--;
  while (end < text.length && WORD_MARK.test(text[end]!)) end++;
  const word = text.slice(start, end).replace(QUOTE_MARK, '').replace(/^['’]+|[’',.;:!?]+$/g, '');
  return balanced(word) + (abbreviated(t, word, text, end) ? '.' : '');
}

/**
 * "U.S.", "N.Y.", "Dr.", "Corp.": the period is part of the word, whether or not the tokenizer
 * kept it. An acronym without inner periods ("NATO.") ends a sentence, not a word.
 */
function abbreviated(t: Token, word: string, text: string, end: number): boolean {
  const period = text[end] === '.' || (text[end - 1] === '.' && end > t.start + 1);
  return period && (/\p{L}\.\p{L}/u.test(word) || t.tags.has('Abbreviation'));
}

/**
 * The words as written, first letter capitalised. Plain text, rendered as text: every mark a word
 * carries is kept ("<img", "alert(1)>"), except quotation marks and unpaired brackets.
 * `openers` are the offsets of the words that open their sentences.
 */
export function renderLabel(words: Token[], text: string, openers: readonly number[]): string {
  let out = '';
  words.forEach((t, i) => {
    let word = writtenWord(t, text);
    // A common word capitalised only because it opens its sentence ("Talks in Geneva ..." →
    // "Geneva talks") is written small when it no longer opens the label. Elsewhere the capital
    // is the writer's: "Secretary-General Kofi Annan" stays so even where the tagger saw no name.
    if (i > 0 && t.role !== 'proper' && openers.includes(t.start) && /^\p{Lu}\p{Ll}+$/u.test(word)) word = word.toLowerCase();
    const gap = i ? text.slice(words[i - 1]!.end, t.start) : '';
    out += (i === 0 ? '' : /^[-/–]$/.test(gap) ? gap : ' ') + word;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}
