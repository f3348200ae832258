/**
 * Whether a spot in a sentence is inside a quotation that the sentence sets at another time:
 * `In 1975, Ford said: "today we sign ..."` — that "today" is a day of 1975, not the article's.
 * Only the sentence is read: a year written before the opening quotation mark, other than the
 * reference year, sets the quotation's time.
 */
const YEAR = /(?<![\d$,.])(1\d{3}|20\d{2})(?![\d%])/g;

export function isQuotedAtOtherTime(sentence: string, at: number, referenceYear: number): boolean {
  const opening = openQuoteBefore(sentence, at);
  if (opening < 0) return false;
  for (const m of sentence.slice(0, opening).matchAll(YEAR)) if (Number(m[1]) !== referenceYear) return true;
  return false;
}

/**
 * Offset of the quotation mark left open before `at`, or -1. A straight single quote opens only
 * after a space or a colon and closes only before a non-letter, so apostrophes ("Russia's",
 * "'90s") are no quotation marks.
 */
function openQuoteBefore(sentence: string, at: number): number {
  let open = -1;
  for (let i = 0; i < at; i++) {
    const c = sentence[i]!;
    const prev = sentence[i - 1] ?? ' ';
    const next = sentence[i + 1] ?? ' ';
    if (open < 0) {
      if (c === '“' || c === '"' || (c === '‘' && /[\s:(]/.test(prev)) || (c === "'" && /[\s:(]/.test(prev) && /\p{L}/u.test(next))) open = i;
    } else if (c === '”' || c === '"' || ((c === '’' || c === "'") && !/\p{L}/u.test(next))) {
      open = -1;
    }
  }
  return open;
}
