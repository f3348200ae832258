/**
 * Noun phrases and verbs in a sentence's part-of-speech tokens: the pieces event labels are built
 * from ("talks in Geneva", "the December 2010 OSCE Astana summit") and the verbs near a date.
 */
import type { Span } from '../../schema/timeline';
import type { Token } from './sentence-tokens';

/** Prepositions that may sit inside a noun phrase: "talks in Geneva", "Charter for European Security". */
export const NP_LINK = new Set(['of', 'for', 'in', 'on', 'between', 'with', 'from', 'against', 'over', 'at']);
/** Links allowed when a noun phrase is read backwards from its head: "talks in Geneva", "talks between Russia and the US" (not "with": "more trouble with Iran"). */
const NP_LINK_BACK = new Set(['of', 'for', 'in', 'between']);

export const isNominal = (t: Token | undefined): boolean =>
  !!t && (t.role === 'proper' || t.role === 'noun' || t.role === 'adjective');
export const isHead = (t: Token | undefined) => !!t && (t.role === 'proper' || t.role === 'noun');
export const isMainVerb = (t: Token | undefined): t is Token => !!t && t.role === 'verb' && !t.auxiliary;
export const isWordish = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);
export const inside = (t: Token, s: Span) => t.start >= s.start && t.end <= s.end;

/** Nothing that ends a phrase lies between two tokens. Quotation marks do not: news wraps words
 *  inside a phrase in them (two proposed “international legal documents”). */
export function adjacent(text: string, a: Span, b: Span): boolean {
  let gap = text.slice(a.end, b.start);
  // A word an editor put in brackets stays in its phrase: "provided (its) thoughts".
  if (gap.endsWith('(') && text[b.end] === ')') gap = gap.slice(0, -1);
  if (gap.startsWith(')') && text[a.start - 1] === '(') gap = gap.slice(1);
  // "Dr. Hugh Short", "Sen. John McCain": a title's period ends no phrase.
  if (/^\.\s+$/.test(gap) && TITLE_ABBREVIATION.test(text.slice(a.start, a.end))) return true;
  return !/[,.;:!?()—–]/.test(gap);
}

/** Titles written short before a name. Not "Mr.", "Ms.": headlines leave those out ("Lortie joined Provigo"). */
const TITLE_ABBREVIATION = /^(?:Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Rev|Pres|Amb)$/;
const HONORIFIC = /^(?:Mr|Mrs|Ms)$/;

/** A title or an honorific written short ("Dr.", "Sen.", "Mr."), with or without its period. */
export const isShortTitle = (word: string) => {
  const bare = word.replace(/\.$/, '');
  return TITLE_ABBREVIATION.test(bare) || HONORIFIC.test(bare);
};

/** A noun phrase from token i on: nominal words, linked by "of/for/in ..." to more nominals. */
export function nounPhraseFrom(tokens: Token[], i: number, text: string, limit: number): Token[] {
  const out: Token[] = [];
  for (let j = i; j < tokens.length && out.length < limit; j++) {
    const t = tokens[j]!;
    if (out.length && !adjacent(text, tokens[j - 1]!, t)) break;
    const next = tokens[j + 1];
    if (isNominal(t)) out.push(t);
    // "heightened tensions", "proposed documents": a participle before a noun describes it.
    else if (t.role === 'verb' && t.tags.has('PastTense') && isNominal(next) && adjacent(text, t, next!)) out.push(t);
    else if (out.length && NP_LINK.has(t.root) && (isNominal(next) || (next?.tags.has('Determiner') && isNominal(tokens[j + 2])))) out.push(t);
    else if (t.root === 'and' && out[out.length - 1]?.role === 'proper' && next?.role === 'proper') out.push(t);
    else if ((t.tags.has('Determiner') || t.tags.has('Value')) && out.length && isNominal(next)) continue;
    else break;
  }
  return cutAfterLastHead(out);
}

/** A phrase ends on a noun: "Charter for European Security", not "Charter for European". */
export function cutAfterLastHead(words: Token[]): Token[] {
  let end = words.length;
  while (end > 0 && !isHead(words[end - 1])) end--;
  return words.slice(0, end);
}

/** Up to the first head noun: "no agreement on Russia's demands" → "no agreement". */
export function cutAfterFirstHead(words: Token[]): Token[] {
  const k = words.findIndex((t, i) => isHead(t) && !isHead(words[i + 1]));
  return k < 0 ? words : words.slice(0, k + 1);
}

/** The noun phrase that ends at token i, walking back: "talks in Geneva", "stock market crash". */
export function nounPhraseEndingAt(tokens: Token[], i: number, text: string, limit: number): Token[] {
  if (!isHead(tokens[i]) && !isNominal(tokens[i])) return [];
  let from = i;
  while (from > 0 && i - from + 1 < limit) {
    const prev = tokens[from - 1]!;
    if (!adjacent(text, prev, tokens[from]!)) break;
    if (isNominal(prev) && prev.role !== 'date') from--;
    // "the death toll from Monday's earthquake": a possessive date inside the phrase is stepped
    // over (and left out of it, as every date is), when a link and a noun come before it.
    else if (prev.role === 'date' && prev.tags.has('Possessive') && NP_LINK.has(tokens[from - 2]?.root ?? '') && isHead(tokens[from - 3])) from -= 3;
    else if (NP_LINK_BACK.has(prev.root) && isHead(tokens[from - 2]) && adjacent(text, tokens[from - 2]!, prev)) from -= 2;
    // "Russia and the US": names joined by "and", the article between left out below.
    else if (tokens[from]!.role === 'proper' && (prev.root === 'and' || (prev.tags.has('Determiner') && tokens[from - 2]?.root === 'and')) && coordinatedName(tokens, from, text) && i - from + 3 <= limit) from -= prev.root === 'and' ? 2 : 3;
    else {
      // "talks between the two sides", "relations between the rebels and the army".
      const head = linkedHead(tokens, from, text);
      if (head >= 0 && tokens.slice(head, i + 1).filter((t) => !t.tags.has('Determiner')).length <= limit) {
        from = head;
        continue;
      }
      // "Three people were killed", "some 5,000 workers walked out": the count opens the phrase
      // (not "Chapter 11 filing", where a noun comes before the number).
      if (isCount(prev) && !isNominal(tokens[from - 2])) from--;
      break;
    }
  }
  from = nameStart(tokens, from, i, text);
  const phrase = headline(tokens.slice(from, i + 1).filter((t) => !t.tags.has('Determiner') && (t.role !== 'date' || t === tokens[i])));
  // "Secretary of State James Baker": the person's name says it; not in names joined by "and"
  // ("Biden and Putin"), where it would keep the last one only.
  if (phrase.some((t) => t.root === 'and')) return phrase;
  let name = phrase.length;
  while (name > 0 && phrase[name - 1]!.tags.has('Person')) name--;
  return name < phrase.length ? phrase.slice(name) : phrase;
}

/** A count of things: "three", "200", "5,000"; not a year, nor the scale word of an amount ("$4.7 million"). */
const isCount = (t: Token) => t.tags.has('Cardinal') && t.role !== 'date' && !t.tags.has('Year') && !SCALE.has(t.root.replace(/s$/, ''));

/** Words that scale the number before them: "$4.7 million". */
export const SCALE = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/** Articles and numbers ("the two") that may stand between a link and its noun. */
const isLeadWord = (t: Token | undefined) => !!t && (t.tags.has('Determiner') || (t.tags.has('Cardinal') && t.role !== 'date'));

/**
 * The head noun before "between" that a phrase starting at `from` belongs to, read back over an
 * article or a number ("talks between [the two] sides") or over the first of the two nouns
 * "between" joins ("clashes between the police and [the] protesters"); −1 when there is none.
 * Only "between": read back over "of the"/"in the" too, 23 of 853 TimeBank+AQUAINT labels grew
 * longer, as many worse as better ("Space Shuttle Columbia for mission").
 */
function linkedHead(tokens: Token[], from: number, text: string): number {
  let k = from - 1;
  while (k > from - 3 && isLeadWord(tokens[k]) && adjacent(text, tokens[k]!, tokens[k + 1]!)) k--;
  const skipped = k < from - 1;
  const link = tokens[k];
  if (skipped && link?.root === 'between' && isHead(tokens[k - 1]) && adjacent(text, tokens[k - 1]!, link)) return k - 1;
  if (link?.root !== 'and' || !adjacent(text, link, tokens[k + 1]!)) return -1;
  // "between A and B": A is one to three nominal words, with its article, right after "between".
  let j = k - 1;
  while (j > k - 4 && isHead(tokens[j]) && adjacent(text, tokens[j]!, tokens[j + 1]!)) j--;
  if (j === k - 1) return -1;
  while (j > k - 6 && isLeadWord(tokens[j]) && adjacent(text, tokens[j]!, tokens[j + 1]!)) j--;
  return tokens[j]?.root === 'between' && isHead(tokens[j - 1]) && adjacent(text, tokens[j - 1]!, tokens[j]!) ? j - 1 : -1;
}

const inName = (tokens: Token[], k: number, text: string) =>
  k > 0 && tokens[k]?.role === 'proper' && tokens[k - 1]!.role === 'proper' && adjacent(text, tokens[k - 1]!, tokens[k]!);

/**
 * A phrase cut to its length limit must not start inside a name: "York Stock Exchange composite
 * trading". One word short, the name is taken whole ("New York Stock Exchange composite trading",
 * one word over the limit); longer, the rest of the name is left out, if a word remains.
 */
function nameStart(tokens: Token[], from: number, i: number, text: string): number {
  if (!inName(tokens, from, text)) return from;
  if (!inName(tokens, from - 1, text)) return from - 1;
  let after = from;
  while (after <= i && tokens[after]!.role === 'proper') after++;
  return after <= i ? after : from;
}

/**
 * The first n words, never ending inside a name that goes on: "alleged terrorist mastermind Osama |
 * bin Laden" → "alleged terrorist mastermind". The name is left out whole.
 */
export function firstWords(words: Token[], n: number, text: string): Token[] {
  if (words.length <= n) return words;
  const cut = words.slice(0, Math.max(0, n));
  const last = cut[cut.length - 1];
  if (last?.role === 'proper' && words[n]!.role === 'proper' && adjacent(text, last, words[n]!))
    while (cut[cut.length - 1]?.role === 'proper') cut.pop();
  return cut;
}

/** A name before "and" (and an article) at token `at`, in the same phrase: "Russia and the US". */
function coordinatedName(tokens: Token[], at: number, text: string): boolean {
  const and = tokens[at - 1]!.root === 'and' ? at - 1 : at - 2;
  const before = tokens[and - 1];
  return !!before && before.role === 'proper' && adjacent(text, before, tokens[and]!) && adjacent(text, tokens[and]!, tokens[and + 1]!);
}

/** "talks in Geneva" → "Geneva talks": the place goes before a plural head, as in headlines. */
export function headline(phrase: Token[]): Token[] {
  const [head, link, ...place] = phrase;
  if (!head || !link || link.root !== 'in' || !head.tags.has('Plural') || !place.length) return phrase;
  return place.every((t) => t.role === 'proper') ? [...place, head] : phrase;
}

const SUBJECT_PRONOUN = new Set(['it', 'they', 'we', 'he', 'she', 'i', 'you']);

/**
 * A word tagged as a verb but followed by a pronoun and a verb is a noun with its relative clause
 * ("the guarantees it seeks"), not the clause's verb.
 */
const headsRelativeClause = (tokens: Token[], i: number) =>
  !opensReport(tokens[i]!) && SUBJECT_PRONOUN.has(tokens[i + 1]?.root ?? '') && tokens[i + 2]?.role === 'verb';

/** Verbs whose pronoun and verb after them are what was said or thought: "said it would meet". */
const REPORT_VERB = new Set(['say', 'tell', 'think', 'believe', 'hope', 'expect', 'fear', 'know', 'insist', 'warn', 'claim', 'announce', 'add', 'confirm', 'deny', 'promise']);
const opensReport = (t: Token) => t.tags.has('PastTense') || REPORT_VERB.has(t.root);

/**
 * "X and Y, accompanied by a lawyer, flew to Washington": a past participle that opens an aside
 * between commas with its agent describes the subject; the clause's verb comes after it.
 */
const participleAside = (tokens: Token[], i: number, text: string) =>
  tokens[i]!.tags.has('PastTense') && tokens[i + 1]?.root === 'by' && /,\s*$/.test(text.slice(Math.max(0, tokens[i]!.start - 3), tokens[i]!.start));

/** Indices of the clause's main verbs, the one nearest the date first; with the text, verbs of participle asides last. */
export function verbsByDistance(tokens: Token[], at: number, text?: string): number[] {
  const verbs = tokens.map((t, i) => (isMainVerb(t) && !headsRelativeClause(tokens, i) ? i : -1)).filter((i) => i >= 0);
  const aside = (i: number) => (text !== undefined && participleAside(tokens, i, text) ? 1 : 0);
  return verbs.sort((a, b) => aside(a) - aside(b) || Math.abs(tokens[a]!.start - at) - Math.abs(tokens[b]!.start - at) || a - b);
}
