/**
 * Whether a spot in a sentence is inside a quotation that the sentence sets at another time:
 * `In 1975, Ford said: "today we sign ..."` — that "today" is a day of 1975, not the article's.
 * Only the sentence is read: a year other than the reference year sets the quotation's time when it
 * is written before the opening quotation mark, or in the attribution right after the closing one
 * (`"we sign today," Ford said in 1975`), or, for a quotation that opens the sentence, in the
 * sentence before that introduces it with a colon (`In 1975 Ford said the following:` `"Today ..."`).
 */
const YEAR = /(?<![\d$,.])(1\d{3}|20\d{2})(?![\d%])/g;

/**
 * A speech verb within a few words of the closing mark, then a year in the same clause: "he said in
 * 1994", "Ford told reporters in a 1975 speech". A comma ends the clause, so in "he said, recalling
 * the 1975 accords" the year is what he recalled, not when he spoke.
 */
const ATTRIBUTED_IN =
  /^[\s,]*(?:[\p{L}.'’-]+\s+){0,4}?(?:said|says|told|wrote|declared|recalled|added|announced|insisted|stated)\b[^,;:"“”]{0,40}?(?<![\d$,.])(1\d{3}|20\d{2})(?![\d%])/u;

export function isQuotedAtOtherTime(sentence: string, at: number, referenceYear: number, introduction = ''): boolean {
  const opening = openQuoteBefore(sentence, at);
  if (opening < 0) return false;
  const setting = /^\s*$/.test(sentence.slice(0, opening)) ? introduction : sentence.slice(0, opening);
  for (const m of setting.matchAll(YEAR)) if (Number(m[1]) !== referenceYear) return true;
  const closing = closeQuoteAfter(sentence, at);
  const spoken = closing < 0 ? null : ATTRIBUTED_IN.exec(sentence.slice(closing + 1));
  return spoken !== null && Number(spoken[1]) !== referenceYear;
}

/** A closing mark: a double quote, or a single one not followed by a letter (so not "Russia's"). */
const closesQuote = (c: string, next: string) => c === '”' || c === '"' || ((c === '’' || c === "'") && !/\p{L}/u.test(next));

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
    } else if (closesQuote(c, next)) {
      open = -1;
    }
  }
  return open;
}

/** Offset of the first quotation mark after `at` that closes the open quotation, or -1. */
function closeQuoteAfter(sentence: string, at: number): number {
  for (let i = at; i < sentence.length; i++) {
    if (closesQuote(sentence[i]!, sentence[i + 1] ?? ' ')) return i;
  }
  return -1;
}
