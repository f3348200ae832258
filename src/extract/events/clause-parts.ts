/**
 * Parts of a label's clause that stand outside the date's own clause: a subject before a
 * parenthetical or at the end of the part before, a verb after an aside or after fronted phrases,
 * and a subject cut so that its verb fits.
 */
import { clauseOpening, NOUN_DATE_LINK, wordBeforeDate, type Cut } from './date-cut';
import type { DatedPassage } from './dated-passage';
import { adjacent, inside, isHead, isMainVerb, isWordish, NP_LINK, nounPhraseEndingAt } from './noun-phrases';
import type { Token } from './sentence-tokens';

/** Prepositions that place what follows relative to another happening: "after the talks on Monday". */
export const RELATIONAL = new Set(['after', 'before', 'following', 'since', 'until', 'till', 'ahead', 'prior']);

/** Relative pronouns that stand for the noun before them as the subject of their clause. */
export const RELATIVE = new Set(['that', 'which', 'who']);

/**
 * "The board of supervisors of Loudon county will vote": a subject that leaves its verb no room in
 * the label is cut before its last linking preposition, as often as needed ("Board of supervisors
 * will vote"); the head of such a phrase comes first.
 */
export function fitSubject(words: Token[], room: number): Token[] {
  let out = words;
  while (out.length > room) {
    let link = out.length - 1;
    while (link > 0 && !NP_LINK.has(out[link]!.root)) link--;
    if (link < 1) break;
    out = out.slice(0, link);
  }
  return out;
}

/**
 * "President Tsai, who leaves office in May, visited the disaster zone on Thursday": the date's
 * clause opens with its verb, and its subject stands before a parenthetical between two commas;
 * or the clause is the parenthetical, opening with "who"/"which" right after its noun's comma.
 */
export function subjectAcrossParenthetical(p: DatedPassage): Token[] {
  const first = clauseOpening(p);
  if (!first) return [];
  const lead = p.doc.text.slice(p.sentence.start, first.start);
  // "President Tsai, who leaves office in May, ...", "The summit, scheduled for next Monday, ...":
  // a relative clause or a participle cut off from its noun by the comma.
  const participle = first.role === 'verb' && first.tags.has('PastTense') && /ed$/i.test(first.text) && /^[^,]+,\s*$/.test(lead);
  // "..., largely held on Saturday": an adverb may come before the verb that opens the clause.
  const afterAdverb = first.tags.has('Adverb') ? p.tokens[p.tokens.indexOf(first) + 1] : undefined;
  const verbFirst = first.role === 'verb' || (afterAdverb?.role === 'verb' && inside(afterAdverb, p.clause));
  const opening = RELATIVE.has(first.root) || participle ? /^(.*\S)\s*,\s*$/.exec(lead) : verbFirst ? /^([^,]+),[^,]+,\s*$/.exec(lead) : null;
  if (!opening) return [];
  const end = p.sentence.start + opening[1]!.trimEnd().length;
  const before = p.tokens.filter((t) => t.end <= end && t.role !== 'date');
  return before.length && before[before.length - 1]!.end === end && isHead(before[before.length - 1])
    ? nounPhraseEndingAt(before, before.length - 1, p.doc.text, 4)
    : [];
}

/**
 * "Officials announced on Friday that the border would reopen next week": the sentence is shared
 * out between its dates, and next week's part opens with its verb ("would reopen"); its subject
 * ends Friday's part, right before it. "Smith joined the company in 2005 and became chief
 * executive in 2012": after "and", the subject is the one of the verb before (sharedSubject).
 */
export function subjectJustBefore(p: DatedPassage): Token[] {
  const first = clauseOpening(p);
  if (!first || first.role !== 'verb') return [];
  const before = p.tokens.filter((t) => t.end <= first.start && t.role !== 'date' && isWordish(t));
  const last = before[before.length - 1];
  if (last?.root === 'and' && adjacent(p.doc.text, last, first)) {
    const and = p.tokens.indexOf(last);
    return sharedSubject(p, p.tokens, and);
  }
  return last && isHead(last) && adjacent(p.doc.text, last, first) ? nounPhraseEndingAt(before, before.length - 1, p.doc.text, 4) : [];
}

/** A pronoun that can be a clause's subject and says who: "He died", "It collapsed". */
export const PERSONAL_PRONOUN = /^(?:he|she|they|we|it|i)$/i;

/**
 * "The strike began on Monday and ended on Friday": a verb after "and" at `and` shares the subject
 * of the verb before it, when that verb has a date of its own before the "and" (two dated
 * happenings). Without one, the first verb is the date's: "joined Provigo in 1985 and spearheaded
 * the drive" dates the joining.
 */
export function sharedSubject(p: DatedPassage, tokens: Token[], and: number): Token[] {
  let u = and - 1;
  while (u >= 0 && !isMainVerb(tokens[u])) u--;
  const ownDate = (d: { start: number; end: number }) => d.start >= tokens[u]!.end && d.end <= tokens[and]!.start && d.start !== p.mention.start;
  if (u < 1 || tokens[and]!.start > p.mention.start || !p.dates.some(ownDate)) return [];
  let s = u - 1;
  while (s >= 0 && (tokens[s]!.tags.has('Adverb') || tokens[s]!.auxiliary)) s--;
  // "He was born in 1950 and died in 2020": a pronoun says who, when the verb has nothing else.
  if (PERSONAL_PRONOUN.test(tokens[s]?.text ?? '')) return [tokens[s]!];
  return isHead(tokens[s]) ? nounPhraseEndingAt(tokens, s, p.doc.text, 5) : [];
}

/** The words of the clause that starts right after the comma at `comma`, to its clause mark. */
function clauseAfter(p: DatedPassage, comma: number): Token[] {
  const text = p.doc.text;
  const next = text.slice(comma + 1, p.sentence.end).search(/[,;:—–]/);
  const span = { start: comma + 1, end: next < 0 ? p.sentence.end : comma + 1 + next };
  return p.tokens.filter((t) => inside(t, span) && t.role !== 'date' && isWordish(t));
}

/**
 * The date's clause has no verb, and the one it goes with comes after a comma:
 * - "On Friday, at a news conference in Geneva, Lavrov criticized the West", "In a statement on
 *   Tuesday, the ministry denied the report": the clause is the date and phrases led by a
 *   preposition; the clause after it, with a verb, is the date's.
 * - "On Monday, John Smith, the mayor of Springfield, announced a budget": the clause holds the
 *   subject, and the verb follows an aside between commas (clauseAfterAside).
 * The words of that clause, or none.
 */
export function clauseAcrossComma(p: DatedPassage, cut: Cut): Token[] {
  const at = p.clause.end;
  if (p.doc.text[at] !== ',' || p.tokens.some((t) => inside(t, p.clause) && isMainVerb(t))) return [];
  if (!onlyFrontedPhrases(p, cut)) return clauseAfterAside(p, at);
  const words = clauseAfter(p, at);
  return words.some((t) => isMainVerb(t)) ? words : [];
}

/**
 * The date's clause is the date and phrases led by prepositions, none of which owns the date:
 * "In connection with France's EU presidency from January through June, Macron briefed Putin"
 * (of/in/during/from ties the date to the noun before it: the presidency's) and "After talks in
 * Geneva on Monday, the delegations returned home" (the talks' date; what follows came after) are
 * not.
 */
function onlyFrontedPhrases(p: DatedPassage, cut: Cut): boolean {
  const opening = clauseOpening(p);
  const lead = wordBeforeDate(p);
  if (RELATIONAL.has(opening?.root ?? '') || (!cut.before.length && !cut.after.length)) return false;
  const before = !cut.before.length || (!!opening?.tags.has('Preposition') && !NOUN_DATE_LINK.has(lead?.root ?? ''));
  return before && (!cut.after.length || !!cut.after[0]!.tags.has('Preposition'));
}

/**
 * "On Monday, John Smith, the mayor of Springfield, announced a budget": the words of the clause
 * after an aside between commas that has no verb (or is a relative clause: "the mayor, who was
 * elected in 2018, announced"), when that clause opens with its verb (after its auxiliaries:
 * "was arrested").
 */
function clauseAfterAside(p: DatedPassage, at: number): Token[] {
  const asideEnd = p.doc.text.indexOf(',', at + 1);
  if (asideEnd < 0 || asideEnd >= p.sentence.end) return [];
  const asideWords = p.tokens.filter((t) => inside(t, { start: at + 1, end: asideEnd }) && isWordish(t));
  if (!asideWords.length || (asideWords.some((t) => t.role === 'verb') && !RELATIVE.has(asideWords[0]!.root))) return [];
  const words = clauseAfter(p, asideEnd);
  const verb = words.findIndex((t) => !t.auxiliary && !t.tags.has('Adverb'));
  return isMainVerb(words[verb]) ? words : [];
}
