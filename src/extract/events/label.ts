/**
 * A short title (2–6 words) for an event: what happened, never the date. Built from the part-of-
 * speech tokens of the mention's own region (sentence-tokens.ts uses compromise), in this order:
 *   1. the date modifies a noun phrase: "the December 2010 OSCE Astana summit" → "OSCE Astana
 *      summit", "the 1997 Russia/NATO Founding Act" → "Russia/NATO Founding Act";
 *   2. a clause: subject noun phrase + verb + the first noun phrase after it, with the date phrase
 *      cut out: "hours of talks in Geneva on Monday ended with no agreement on ..." → "Talks in
 *      Geneva ended with no agreement";
 *   3. otherwise the first content words of the region.
 * For a merged event each passage proposes a label and the one made of the words most passages
 * share wins, so the title says what the sources have in common.
 */
import type { DatedPassage } from './dated-passage';
import type { Token } from './sentence-tokens';

export const MIN_LABEL_WORDS = 2;
export const MAX_LABEL_WORDS = 6;

/** Prepositions that may sit inside a noun phrase: "talks in Geneva", "Charter for European Security". */
const NP_LINK = new Set(['of', 'for', 'in', 'on', 'between', 'with', 'from', 'to', 'and']);
const DATE_PREPOSITION = new Set(['on', 'in', 'at', 'since', 'during', 'by', 'from', 'until', 'till', 'through', 'throughout', 'of', 'as of', 'around', 'about']);
const EDGE_JUNK = /^(the|a|an|and|or|of|for|in|on|to|with|from|by|at|that|which|as|its|their|his|her)$/i;

export interface LabelProposal {
  words: Token[];
  /** 1: date as noun modifier, 2: clause, 3: fallback. */
  pattern: 1 | 2 | 3;
}

const isNominal = (t: Token | undefined) =>
  !!t && (t.role === 'proper' || t.role === 'noun' || t.role === 'adjective') && !t.tags.has('Pronoun');
const isWordish = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

/** Text between two tokens has no punctuation that ends a phrase. */
function adjacent(text: string, a: { end: number }, b: { start: number }): boolean {
  return !/[,.;:!?()“”"—–]/.test(text.slice(a.end, b.start));
}

/** A noun phrase starting at token i: nominal words, linked by "of/for/in ..." to more nominals. */
function nounPhraseFrom(tokens: Token[], i: number, text: string, limit: number): Token[] {
  const out: Token[] = [];
  for (let j = i; j < tokens.length && out.length < limit; j++) {
    const t = tokens[j]!;
    if (out.length && !adjacent(text, tokens[j - 1]!, t)) break;
    if (isNominal(t) && t.role !== 'date') out.push(t);
    else if (out.length && NP_LINK.has(t.root) && (isNominal(tokens[j + 1]) || tokens[j + 1]?.tags.has('Determiner'))) out.push(t);
    else if (t.tags.has('Determiner') && isNominal(tokens[j + 1])) continue;
    else break;
  }
  while (out.length && EDGE_JUNK.test(out[out.length - 1]!.text)) out.pop();
  return out;
}

/** Tokens of the region with the date phrase cut out (the mention, its preposition and article). */
function withoutDate(p: DatedPassage): Token[] {
  const { mention: m, region } = p;
  const tokens = p.tokens.filter((t) => t.start >= region.start && t.end <= region.end);
  const first = tokens.findIndex((t) => t.end > m.start);
  let cutFrom = first < 0 ? tokens.length : first;
  while (cutFrom > 0 && (tokens[cutFrom - 1]!.tags.has('Determiner') || DATE_PREPOSITION.has(tokens[cutFrom - 1]!.root))) cutFrom--;
  return tokens.filter((t, k) => (k < cutFrom || t.start >= m.end) && !(k >= cutFrom && t.end <= m.end));
}

function afterDateNounPhrase(p: DatedPassage): Token[] {
  const text = p.doc.text;
  const i = p.tokens.findIndex((t) => t.start >= p.mention.end);
  const next = p.tokens[i];
  if (!next || !isNominal(next) || !adjacent(text, p.mention, next)) return [];
  return nounPhraseFrom(p.tokens, i, text, MAX_LABEL_WORDS);
}

function clause(p: DatedPassage, tokens: Token[]): Token[] {
  const text = p.doc.text;
  const v = tokens.findIndex((t, k) => t.role === 'verb' && !t.auxiliary && !t.tags.has('Gerund') && k > 0 && isNominal(tokens[k - 1]) || (t.role === 'verb' && !t.auxiliary && tokens[k - 1]?.tags.has('Adverb')));
  if (v < 0) return [];
  // Subject: the noun phrase that ends right before the verb (adverbs and auxiliaries skipped).
  let s = v - 1;
  while (s >= 0 && (tokens[s]!.tags.has('Adverb') || tokens[s]!.auxiliary)) s--;
  let from = s;
  while (from > 0 && (isNominal(tokens[from - 1]) || (NP_LINK.has(tokens[from - 1]!.root) && tokens[from - 1]!.root !== 'and' && isNominal(tokens[from - 2]))) && adjacent(text, tokens[from - 1]!, tokens[from]!)) from--;
  const subject = s >= 0 ? tokens.slice(from, s + 1).filter(isNominal).length ? tokens.slice(from, s + 1) : [] : [];
  if (!subject.length) return [];
  const verb = tokens[v]!;
  const room = MAX_LABEL_WORDS - subject.length - 1;
  let o = v + 1;
  while (o < tokens.length && tokens[o]!.tags.has('Adverb')) o++;
  const lead = tokens[o] && (tokens[o]!.tags.has('Preposition') || tokens[o]!.text.toLowerCase() === 'no') ? [tokens[o]!] : [];
  const objectStart = o + lead.length;
  const objectTokens = tokens[objectStart]?.tags.has('Determiner') && tokens[objectStart]!.text.toLowerCase() !== 'no' ? objectStart + 1 : objectStart;
  const noWord = tokens[objectStart]?.text.toLowerCase() === 'no' ? [tokens[objectStart]!] : [];
  const np = room > lead.length ? nounPhraseFrom(tokens, objectTokens, text, room - lead.length - noWord.length) : [];
  const object = np.length ? [...lead, ...noWord, ...np.slice(0, firstHeadEnd(np))] : [];
  return [...subject.slice(-Math.max(1, MAX_LABEL_WORDS - 1 - object.length)), verb, ...object];
}

/** Keep a noun phrase up to its first noun head: "agreement on Russia's demands" → "agreement". */
function firstHeadEnd(np: Token[]): number {
  const head = np.findIndex((t, k) => (t.role === 'noun' || t.role === 'proper') && !isNominal(np[k + 1]));
  return head < 0 ? np.length : head + 1;
}

function fallback(tokens: Token[]): Token[] {
  const words = tokens.filter((t) => isWordish(t) && t.role !== 'date');
  const firstContent = words.findIndex((t) => isNominal(t) || t.role === 'verb');
  return firstContent < 0 ? [] : words.slice(firstContent, firstContent + MAX_LABEL_WORDS);
}

function trimEdges(words: Token[]): Token[] {
  let a = 0;
  let b = words.length;
  while (a < b && EDGE_JUNK.test(words[a]!.text)) a++;
  while (b > a && EDGE_JUNK.test(words[b - 1]!.text)) b--;
  return words.slice(a, b).filter(isWordish);
}

export function proposeLabel(p: DatedPassage): LabelProposal {
  const np = trimEdges(afterDateNounPhrase(p));
  if (np.length >= MIN_LABEL_WORDS) return { words: np, pattern: 1 };
  const rest = withoutDate(p);
  const c = trimEdges(clause(p, rest));
  if (c.length >= MIN_LABEL_WORDS) return { words: c.slice(0, MAX_LABEL_WORDS), pattern: 2 };
  return { words: trimEdges(fallback(rest)).slice(0, MAX_LABEL_WORDS), pattern: 3 };
}

/** The words as written (quotes and brackets dropped), first letter capitalised. */
export function renderLabel(words: Token[]): string {
  const text = words.map((t) => t.text.replace(/^[“"‘(]+|[”"’),.;:!?]+$/g, '')).filter(Boolean).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label of an event told by `members`: the proposal whose words the members share most. */
export function labelEvent(members: DatedPassage[]): string {
  let best = '';
  let bestScore = -Infinity;
  for (const p of members) {
    const proposal = proposeLabel(p);
    if (proposal.words.length < MIN_LABEL_WORDS) continue;
    const shared = proposal.words.reduce((n, t) => n + members.filter((o) => o.terms.weights.has(t.root)).length, 0);
    const score = shared / proposal.words.length + (members.length > 1 ? shared * 0.1 : 0) + (4 - proposal.pattern) - (p.comment ? 5 : 0);
    if (score > bestScore) [best, bestScore] = [renderLabel(proposal.words), score];
  }
  return best || fallbackLabel(members[0]!);
}

/** When no passage yields words: "Event in <document title>" keeps the label honest and short. */
function fallbackLabel(p: DatedPassage): string {
  const title = p.doc.title.split(/\s+/).slice(0, MAX_LABEL_WORDS - 1).join(' ');
  return title.split(/\s+/).length >= MIN_LABEL_WORDS ? title : `Event in ${title}`;
}
