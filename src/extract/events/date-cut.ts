/**
 * The passage as a label reads it: the date phrase cut out of its clause (the mention, the words
 * that lead it in and a direction word after it), and asides that only restate a figure left out.
 */
import type { Span } from '../../schema/timeline';
import type { DatedPassage } from './dated-passage';
import { inside, isMainVerb, isNominal, isWordish } from './noun-phrases';
import { asPluralNoun, isSFormVerb, type Token } from './sentence-tokens';

/** Words that introduce a date phrase and go with it when it is cut out. */
export const DATE_LEAD = new Set(['on', 'in', 'at', 'since', 'during', 'by', 'from', 'until', 'till', 'through', 'throughout', 'of', 'around', 'about', 'before', 'after', 'early', 'late', 'mid', 'over']);
/** These tie a date to the noun before it ("crash of 1929"); "on Monday" tells when a verb happened. */
export const NOUN_DATE_LINK = new Set(['of', 'in', 'during', 'from']);
/** Words right after a duration that make it a date ("two years later", "a week earlier", "three days ago"). */
const DATE_TRAIL = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards', 'hence']);

export interface Cut {
  /** Clause tokens before the date phrase. */
  before: Token[];
  /** Clause tokens after the mention. */
  after: Token[];
}

/**
 * An amount per share given beside the total, as earnings reports do ("$10.2 million, or 67 cents
 * a share,"): it restates the figure and its words ("cents", "share") say nothing of the event.
 */
export const PER_SHARE_ASIDE = /\bor\s+[^,;:()]{1,30}?\sa\s+share\b/g;

function perShareAsides(text: string, within: Span): Span[] {
  const found: Span[] = [];
  const part = text.slice(within.start, within.end);
  for (const m of part.matchAll(PER_SHARE_ASIDE)) found.push({ start: within.start + m.index, end: within.start + m.index + m[0].length });
  return found;
}

/**
 * The passage as the label sees it: without the words of per-share asides; with no verb inside a
 * date mention of the sentence (the part-of-speech tagger read "last" in "francs last year" as a
 * verb, and the label was "Francs last"): such a word is a date word; and with an -s "verb" right
 * before a past verb or after a preposition a plural noun ("the Russia-NATO talks began" was
 * labelled "Russia-NATO talks", "after talks in Geneva" read "talks" as a verb), as is a present
 * "verb" with no subject before a past verb (", police arrested"); and a bare one after "a" and a
 * noun a noun ("held a video call" was "Video call"). The last two are the
 * label's reading only: merging counts a name before such a word as the actor ("Philip Morris
 * shares fell" is not "GM shares closed"), and reading it as a noun there merged the stock
 * reports of different companies. Tokens are shared between passages, so those that change are
 * copies.
 */
export function labelView(p: DatedPassage): DatedPassage {
  const asides = perShareAsides(p.doc.text, p.sentence);
  const inDate = (t: Token, i: number) => ((t.role === 'verb' || t.role === 'adjective') && p.dates.some((d) => inside(t, d))) || periodEnd(p, i);
  const nounAt = (i: number) => pluralBeforePastVerb(p.tokens, i) || nounAfterArticleNoun(p.tokens, i);
  if (!asides.length && !p.tokens.some((t, i) => inDate(t, i) || nounAt(i))) return p;
  const tokens = p.tokens
    .map((t, i) => (inDate(t, i) ? { ...t, role: 'date' as const } : nounAt(i) ? asPluralNoun(t) : t))
    .filter((t) => !asides.some((a) => inside(t, a)));
  return { ...p, tokens };
}

/** Periods whose end a date names: "the fiscal year ended June 30", "the nine months ending Sept. 30". */
const PERIOD = new Set(['year', 'quarter', 'month', 'week', 'period', 'half']);

/**
 * "Revenue for the fiscal year ended June 30 rose 8%": "ended" between a period and its date is
 * part of the date phrase, not the verb (the label was "Revenue ended").
 */
function periodEnd(p: DatedPassage, i: number): boolean {
  const [before, t, after] = [p.tokens[i - 1], p.tokens[i]!, p.tokens[i + 1]];
  if (!/^(?:ended|ending)$/i.test(t.text) || !before || !after || !p.dates.some((d) => inside(after, d))) return false;
  return PERIOD.has(before.root);
}

/** "held a video call": after "a" and a noun, a bare "verb" is the phrase's head noun. */
const nounAfterArticleNoun = (tokens: Token[], i: number) => {
  const t = tokens[i]!;
  return isMainVerb(t) && t.tags.has('Infinitive') && tokens[i - 1]?.role === 'noun' && /^an?$/i.test(tokens[i - 2]?.text ?? '');
};

/**
 * An -s "verb" that is a plural noun: right before a past verb, or right after a preposition
 * ("after talks"). So is any present "verb" that opens its clause right before a past verb: ",
 * police arrested three men" (compromise tags "police" a verb there).
 */
const pluralBeforePastVerb = (tokens: Token[], i: number) => {
  const [before, next] = [tokens[i - 1], tokens[i + 1]];
  const beforePast = isMainVerb(next) && next.tags.has('PastTense');
  if (isSFormVerb(tokens[i])) return beforePast || (!!before?.tags.has('Preposition') && before.root !== 'to');
  return beforePast && opensClause(before) && isBarePresent(tokens[i]!);
};

const isBarePresent = (t: Token) => isMainVerb(t) && t.tags.has('PresentTense') && !['Gerund', 'Infinitive', 'Copula'].some((tag) => t.tags.has(tag));

/** The word before is no subject, article or auxiliary of the "verb": "they get married" keeps its verb. */
const opensClause = (before: Token | undefined) =>
  !before || !(isNominal(before) || before.auxiliary || before.tags.has('Pronoun') || before.tags.has('Determiner'));

/** The first word of the date's clause. */
export const clauseOpening = (p: DatedPassage): Token | undefined => p.tokens.find((t) => inside(t, p.clause) && isWordish(t));

/** The word of the date's clause right before the date: "on", "in", "of" ... */
export const wordBeforeDate = (p: DatedPassage): Token | undefined => p.tokens.filter((t) => t.end <= p.mention.start && inside(t, p.clause)).pop();

export function cutDate(p: DatedPassage): Cut {
  const tokens = p.tokens.filter((t) => inside(t, p.clause) && t.role !== 'date' && isWordish(t));
  const before = tokens.filter((t) => t.end <= p.mention.start);
  while (before.length && (DATE_LEAD.has(before[before.length - 1]!.root) || before[before.length - 1]!.tags.has('Determiner'))) before.pop();
  const end = dateEnd(p);
  return { before, after: tokens.filter((t) => t.start >= end) };
}

/**
 * Where the date phrase ends: after the mention, and after a direction word right behind it ("Two
 * decades later, the country was rich": the duration is the mention, "later" belongs to the date
 * all the same).
 */
export function dateEnd(p: DatedPassage): number {
  const trail = /^\s+(\p{L}+)/u.exec(p.doc.text.slice(p.mention.end, p.clause.end));
  return trail && DATE_TRAIL.has(trail[1]!.toLowerCase()) ? p.mention.end + trail[0].length : p.mention.end;
}
