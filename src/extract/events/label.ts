/**
 * A short title (2–6 words) for an event: what happened, never the date. Built from the part-of-
 * speech tokens (sentence-tokens.ts, compromise) of the clause that holds the date, with the date
 * phrase cut out, trying in order:
 *   1. the date modifies a noun phrase: "the December 2010 OSCE Astana summit" → "OSCE Astana
 *      summit"; "the 1997 Russia/NATO Founding Act" → "Russia/NATO Founding Act";
 *   2. subject + verb + the head of what follows: "hours of talks in Geneva on Monday ended with no
 *      agreement on ..." → "Geneva talks ended with no agreement";
 *   3. the noun phrase the date is attached to: "the stock market crash of 1929" → "Stock market
 *      crash"; "Georgian aggression in 2008 against South Ossetia" → "Georgian aggression against
 *      South Ossetia";
 *   4. verb + object when the subject is a pronoun: "it sent its proposals on ..." → "Sent proposals";
 *   5. a date of its own in a list ("Greece and Turkey in 1952, Germany in 1955"): the sentence's
 *      verb with the date's own nouns, "Expanded to include Turkey";
 *   6. the clause's first noun phrase.
 * Which passage's proposal names a merged event is event-label.ts's choice.
 */
import { clauseAcrossComma, fitSubject, PERSONAL_PRONOUN, RELATIONAL, RELATIVE, sharedSubject, subjectAcrossParenthetical, subjectJustBefore } from './clause-parts';
import { clauseOpening, cutDate, DATE_LEAD, labelView, NOUN_DATE_LINK, wordBeforeDate, type Cut } from './date-cut';
import type { DatedPassage } from './dated-passage';
import {
  adjacent,
  cutAfterFirstHead,
  cutAfterLastHead,
  firstWords,
  inside,
  isHead,
  isMainVerb,
  isNominal,
  isShortTitle,
  isWordish,
  NP_LINK,
  nounPhraseEndingAt,
  nounPhraseFrom,
  SCALE,
  verbsByDistance,
} from './noun-phrases';
import type { Token } from './sentence-tokens';

export const MIN_LABEL_WORDS = 2;
export const MAX_LABEL_WORDS = 6;

/** A date attached to a noun by these is that noun's date: "crash of 1929", "Astana in 2010". */
const ATTACHING = new Set(['of', 'in', 'at', 'on', 'during', 'from']);
/** Objects that only point at what follows: "said the following:". */
const EMPTY_OBJECT = new Set(['following', 'thing', 'things', 'something', 'this', 'that']);
/** Verbs that report speech: as a label they say who spoke, not what happened. */
export const REPORTING = new Set(['say', 'tell', 'add', 'explain', 'stress', 'note', 'confirm', 'call', 'comment', 'claim', 'insist', 'argue', 'warn', 'announce', 'state', 'write']);

export const EDGE_JUNK = /^(the|a|an|and|or|but|of|for|in|on|to|with|from|by|at|since|until|after|before|during|over|about|around|that|which|as|like|just|even|its|their|his|her|our|this|these|those|no|not|so|also|then)$/i;

export type LabelPattern = 'date-modifier' | 'clause' | 'attached-phrase' | 'predicate' | 'sentence-verb' | 'words';

export interface LabelProposal {
  words: Token[];
  pattern: LabelPattern;
}

export const PATTERN_BONUS: Record<LabelPattern, number> = {
  'date-modifier': 3,
  clause: 2.5,
  'attached-phrase': 2,
  predicate: 1,
  'sentence-verb': 0.5,
  words: 0,
};

/**
 * Nouns that name a happening in general English: what a place or a date alone is the setting of.
 */
const HAPPENING = new Set(
  (
    'summit talk meeting conference negotiation election vote referendum war attack invasion strike ' +
    'protest crash crisis treaty agreement accord ceremony visit trial hearing session congress ' +
    'convention games olympics tournament match festival earthquake flood storm fire explosion'
  ).split(' '),
);

/** Words that lead a noun phrase or a clause alike: "after the vote", "after the US walked away". */
const CLAUSE_LEAD = new Set(['after', 'before', 'since', 'until', 'till']);


/** Modals that, before "have" and a participle, tell what could, would or should have happened. */
const MODAL = new Set(['would', 'could', 'might', 'should', 'must', 'may']);

/** Verbs that link their subject to an adjective: "went bankrupt", "fell silent", "remained closed". */
const LINKING_VERB = new Set(['become', 'go', 'fall', 'turn', 'remain', 'stay', 'grow', 'prove', 'seem', 'appear']);

/** "be", "have", "do" say nothing without what follows them. */
const LIGHT_VERB = new Set(['be', 'have', 'do', 'get']);

/**
 * The noun phrase a date modifies: "the 1997 Russia/NATO Founding Act", "last year's Madrid
 * summit", "compared with year-earlier net income". A date that opens its clause, after no
 * article, is an adverb even before a name: "Last week Control Data reported ..." is no "Control
 * Data" of last week.
 */
function dateModifier(p: DatedPassage, cut: Cut): Token[] {
  const first = cut.after[0];
  if (!first || !isNominal(first) || !adjacent(p.doc.text, p.mention, first)) return [];
  const word = p.tokens.filter((t) => t.end <= p.mention.start && isWordish(t)).pop();
  const before = word && adjacent(p.doc.text, word, p.mention) ? word : undefined;
  const article = /^the\b/i.test(p.mention.text) || (!!before && (before.tags.has('Determiner') || POSSESSIVE.has(before.root)));
  const possessive = /^['’]s\b/.test(p.doc.text.slice(p.mention.end, p.mention.end + 3));
  if (!article && !possessive && !cut.before.length) return [];
  // "Putin's December 23 press conference", "NATO's 1999 aggression": the owner names whose it was.
  const owner = before && isHead(before) && before.tags.has('Possessive') ? [before] : [];
  return [...owner, ...nounPhraseFrom(cut.after, 0, p.doc.text, MAX_LABEL_WORDS - owner.length)];
}

interface ClauseLabel {
  words: Token[];
  /** Words between the verb and the date: a far verb may belong to another statement. */
  distance: number;
}

/**
 * "is likely to pass", "were not available to comment": after "be" the adjective before the
 * verb's "to" goes with the verb ("an investment banking firm to assist" has no "be": the firm is
 * a noun). The adjective and "to", or none.
 */
function raisingBefore(tokens: Token[], v: number, text: string): Token[] {
  let b = v - 3;
  while (b >= 0 && (tokens[b]!.tags.has('Adverb') || isNegation(tokens[b]!))) b--;
  const raised = tokens[v - 1]?.root === 'to' && tokens[v - 2]?.role === 'adjective' && !!tokens[b]?.tags.has('Copula') && adjacent(text, tokens[b]!, tokens[v]!);
  return raised ? [tokens[v - 2]!, tokens[v - 1]!] : [];
}

/**
 * The verb at v as a headline writes it, with the words between the subject (ending at s) and the
 * verb that change its meaning, and where its complement starts.
 */
function verbPhrase(tokens: Token[], s: number, v: number, raising: Token[], text: string): { verb: Token[]; afterVerb: number } {
  // "would not move": a denied happening keeps its denial, or the label says the opposite.
  const negated = tokens.slice(s + 1, v).some(isNegation);
  // "will meet", "said it would meet": a planned happening says so.
  // "talks could collapse", "may resign": a possibility says so too, or the label says it happened.
  const planned = tokens.slice(s + 1, v).filter((t) => t.root === 'will' || /^(?:will|would|could|may|might)$/i.test(t.text));
  // "will be sworn in": a planned passive keeps its "be" ("Youngkin will be sworn", not "will sworn").
  const passive = planned.length > 0 && /^be$/i.test(tokens[v - 1]?.text ?? '') ? [tokens[v - 1]!] : [];
  // "has been independent": "been" alone is no verb a headline uses.
  const perfect = !planned.length && /^been$/i.test(tokens[v]!.text) && /^(?:has|have|had)$/i.test(tokens[v - 1]?.text ?? '') ? [tokens[v - 1]!] : [];
  // "would have turned 80", "could have won": a modal perfect tells what did not happen, so both
  // words stay ("Poet would have turned 80", never "Would turned" or "Turned").
  const modalPerfect = v - 2 > s && /^have$/i.test(tokens[v - 1]!.text) && MODAL.has(tokens[v - 2]!.text.toLowerCase()) ? [tokens[v - 2]!, tokens[v - 1]!] : [];
  // The auxiliaries next to the verb, up to three: "did not", "would not have", "will not be".
  const denial = negated
    ? tokens.slice(s + 1, v).filter((t) => t.auxiliary || isNegation(t)).slice(-3)
    : modalPerfect.length ? modalPerfect : [...planned.slice(-1), ...passive, ...perfect];
  // "intends to meet", "preparing to firmly pursue": the infinitive says what is intended.
  const inf = infinitiveAfter(tokens, v);
  // "called off the merger", "a fire broke out": the particle says what the verb did.
  const particle = inf < 0 && tokens[v + 1]?.tags.has('Particle') && adjacent(text, tokens[v]!, tokens[v + 1]!) ? [tokens[v + 1]!] : [];
  const verb = [...denial, ...raising, ...(inf > 0 ? [tokens[v]!, tokens[v + 1]!, tokens[inf]!] : [tokens[v]!, ...particle])];
  return { verb, afterVerb: (inf > 0 ? inf : v + particle.length) + 1 };
}

/** Subject + verb + head of the complement, in the clause with the date cut out. */
function clause(p: DatedPassage, tokens: Token[], withSubject: boolean, pronoun = false): ClauseLabel {
  const text = p.doc.text;
  const cutAt = tokens.findIndex((t) => t.start >= p.mention.end);
  const dateAt = cutAt < 0 ? tokens.length : cutAt;
  for (const v of verbsByDistance(tokens, p.mention.start, p.doc.text)) {
    const reported = REPORTING.has(tokens[v]!.root) ? reportedClause(p, tokens, v) : [];
    if (reported.length >= MIN_LABEL_WORDS) return { words: reported, distance: distanceToDate(tokens, v, dateAt) };
    const raising = raisingBefore(tokens, v, text);
    let s = v - 1 - raising.length;
    while (s >= 0 && (tokens[s]!.tags.has('Adverb') || tokens[s]!.auxiliary || isNegation(tokens[s]!))) s--;
    // "Scientists first observed", "he last visited": between a noun and the verb these say when, as an adverb does.
    if (s === v - 1 && (tokens[s]?.root === 'first' || tokens[s]?.root === 'last') && isHead(tokens[s - 1])) s--;
    // "the earthquake that struck eastern Taiwan on Wednesday", "Paul Murdaugh, who was shot on
    // June 7": the relative clause's subject is the noun before "that"/"who".
    if (s > 0 && RELATIVE.has(tokens[s]!.root) && isHead(tokens[s - 1]) && /^\s*,?\s*$/.test(text.slice(tokens[s - 1]!.end, tokens[s]!.start))) s--;
    const fullSubject = s >= 0 && isHead(tokens[s]) ? acrossPossessiveDate(p, nounPhraseEndingAt(tokens, s, text, 5)) : tokens[s]?.root === 'and' ? sharedSubject(p, tokens, s) : speakerFor(tokens, s, text);
    if (withSubject && !fullSubject.length) continue;
    const { verb, afterVerb } = verbPhrase(tokens, s, v, raising, text);
    const subject = fitSubject(fullSubject, MAX_LABEL_WORDS - verb.length);
    const room = MAX_LABEL_WORDS - subject.length - verb.length;
    let o = afterVerb;
    while (tokens[o]?.tags.has('Adverb')) o++;
    const lead: Token[] = [];
    // "travel to Kyiv", "returned to Cuba": compromise tags this "to" a conjunction; before a noun it is a preposition.
    const toPlace = tokens[o]?.root === 'to' && (isNominal(tokens[o + 1]) || !!tokens[o + 1]?.tags.has('Determiner'));
    if (tokens[o] && (tokens[o]!.tags.has('Preposition') || tokens[o]!.root === 'no' || toPlace) && adjacent(text, tokens[o - 1]!, tokens[o]!)) lead.push(tokens[o++]!);
    if (tokens[o]?.root === 'no') lead.push(tokens[o++]!);
    while ((tokens[o]?.tags.has('Determiner') || tokens[o]?.tags.has('Value') || POSSESSIVE.has(tokens[o]?.root ?? '')) && !isNumeral(tokens[o])) o++;
    if (tokens[o] && EMPTY_OBJECT.has(tokens[o]!.root)) o = tokens.length;
    // "The agency said Wednesday that inflation ...", the report being another date's: "Agency said".
    if (REPORTING.has(tokens[v]!.root) && tokens[afterVerb]?.root === 'that') o = tokens.length;
    // "expanded 1,000 kilometers": a measure keeps its number.
    const measure: Token[] = [];
    while (isNumeral(tokens[o]) && adjacent(text, tokens[o - 1]!, tokens[o]!)) measure.push(tokens[o++]!);
    // "$254 million": the scale word is part of the amount.
    while (measure.length && SCALE.has(tokens[o]?.root ?? '') && adjacent(text, tokens[o - 1]!, tokens[o]!)) measure.push(tokens[o++]!);
    const noun =
      tokens[o] && adjacent(text, tokens[o - 1]!, tokens[o]!) && room - lead.length - measure.length > 0
        ? cutAfterLastHead(firstWords(cutAfterFirstHead(respective(nounPhraseFrom(tokens, o, text, MAX_LABEL_WORDS), respectiveIndex(p))), room - lead.length - measure.length, text))
        : [];
    // "Net was $254 million": after a light verb an amount alone is what the clause says.
    // "has been independent": after "be" an adjective is what the clause says.
    // "went bankrupt", "became independent", "remained closed": a linking verb says it with its
    // adjective or participle.
    const linking = tokens[v]!.root === 'be' || LINKING_VERB.has(tokens[v]!.root);
    const state = tokens[afterVerb]?.role === 'adjective' || (LINKING_VERB.has(tokens[v]!.root) && !!tokens[afterVerb]?.tags.has('PastTense'));
    const predicative = linking && state && adjacent(text, tokens[v]!, tokens[afterVerb]!) ? [tokens[afterVerb]!] : [];
    // "collapsed after the US walked away": a noun that a verb follows after "after" or "before"
    // is the subject of another clause, not the object of this one.
    const subjectOfNext = CLAUSE_LEAD.has(lead[0]?.root ?? '') && noun.length > 0 && isMainVerb(tokens[tokens.indexOf(noun[noun.length - 1]!) + 1]);
    const object = subjectOfNext ? [] : noun.length ? [...measure, ...noun] : LIGHT_VERB.has(tokens[v]!.root) ? (measure.length ? measure : predicative) : predicative;
    if (LIGHT_VERB.has(tokens[v]!.root) && !object.length) continue;
    const words = [...subject, ...verb, ...(object.length ? [...lead, ...object] : [])];
    // "He died in 2020": a verb alone is no label; its pronoun says who did it. Only when nothing
    // else makes a label: "We pushed" said less than "Pushed talks back", found later.
    if (pronoun && !subject.length && words.length < MIN_LABEL_WORDS && PERSONAL_PRONOUN.test(tokens[s]?.text ?? '')) words.unshift(tokens[s]!);
    return { words, distance: distanceToDate(tokens, v, dateAt) };
  }
  return { words: [], distance: Infinity };
}

/**
 * "The death toll from Monday's earthquake in Turkey rose on Wednesday": Monday's part of the
 * sentence took the head of Wednesday's subject. A subject that starts right after a possessive
 * date is read on back across it, in the whole sentence.
 */
function acrossPossessiveDate(p: DatedPassage, subject: Token[]): Token[] {
  const k = subject.length ? p.tokens.indexOf(subject[0]!) : -1;
  const before = p.tokens[k - 1];
  if (k < 1 || before?.role !== 'date' || !before.tags.has('Possessive')) return subject;
  const whole = nounPhraseEndingAt(p.tokens, p.tokens.indexOf(subject[subject.length - 1]!), p.doc.text, MAX_LABEL_WORDS + 2);
  return whole.length > subject.length ? whole : subject;
}

/** Pronouns that, opening what someone reported, stand for the one who reported it. */
const REPORTED_PRONOUN = new Set(['it', 'they', 'he', 'she']);

/**
 * "NATO said on Monday it would meet on Friday": the "it" that opens a reported clause is the
 * speaker, so Friday's label is "NATO would meet", not "NATO said" (Monday's). Empty when the
 * token at s is no such pronoun, or no reporting verb with a subject comes right before it.
 */
function speakerFor(tokens: Token[], s: number, text: string): Token[] {
  if (s < 1 || !REPORTED_PRONOUN.has(tokens[s]!.root)) return [];
  let r = s - 1;
  // Between them: "that", adverbs, and what is left of a date phrase once its date is cut ("on").
  while (r > 0 && (tokens[r]!.root === 'that' || tokens[r]!.role === 'date' || tokens[r]!.tags.has('Adverb') || tokens[r]!.tags.has('Preposition'))) r--;
  return tokens[r]!.role === 'verb' && REPORTING.has(tokens[r]!.root) ? speakerOf(tokens, r, text) : [];
}

/** Index of the verb of "to (adverbs) verb" right after token v, or -1. */
function infinitiveAfter(tokens: Token[], v: number): number {
  if (tokens[v + 1]?.root !== 'to') return -1;
  let k = v + 2;
  while (k < v + 6 && (tokens[k]?.tags.has('Adverb') || tokens[k]?.root === 'and')) k++;
  return isMainVerb(tokens[k]) ? k : -1;
}

/**
 * "meet with NATO and OSCE officials on Wednesday and Thursday respectively": two meetings, one a
 * day, each with its own party. A careful reader lists two events, Wednesday's with NATO and
 * Thursday's with OSCE, not one event spanning both days. The index of this date in its "A and
 * B" list of dates, when the sentence says "respectively"; -1 otherwise.
 */
function respectiveIndex(p: DatedPassage): number {
  const after = p.doc.text.slice(p.mention.end, p.sentence.end);
  if (!/\brespectively\b/i.test(after)) return -1;
  let k = 0;
  let i = p.tokens.findIndex((t) => t.start >= p.mention.start) - 1;
  while (i >= 1 && (p.tokens[i]!.root === 'and' || p.tokens[i]!.root === 'or' || /^[,;]$/.test(p.tokens[i]!.text)) && p.tokens[i - 1]!.role === 'date') {
    k++;
    i -= 2;
    while (i >= 0 && p.tokens[i]!.role === 'date' && p.tokens[i - 1]?.role === 'date') i--;
  }
  return k;
}

/** The k-th of coordinated names sharing a head: "NATO and OSCE officials", k = 1 → "OSCE officials". */
function respective(words: Token[], k: number): Token[] {
  if (k < 0) return words;
  const and = words.findIndex((t) => t.root === 'and' || t.root === 'or');
  if (and < 1 || !words[and + 1]) return words;
  const conjuncts = [words[and - 1]!, words[and + 1]!];
  return k < conjuncts.length ? [...words.slice(0, and - 1), conjuncts[k]!, ...words.slice(and + 2)] : words;
}

function distanceToDate(tokens: Token[], v: number, dateAt: number): number {
  const between = v < dateAt ? tokens.slice(v + 1, dateAt) : tokens.slice(dateAt, v);
  return between.some((t) => SUBORDINATOR.has(t.root)) ? Infinity : between.length;
}

const isNegation = (t: Token) => t.root === 'not' || t.root === 'never' || /n['’]t$/i.test(t.text);
const isNumeral = (t: Token | undefined) => !!t && t.tags.has('NumericValue') && /\d/.test(t.text);

/**
 * "Putin said on Tuesday that the responses ignored Russia's concerns": what was said is what
 * happened, so the label is the reported clause (subject + verb + object), when it has a subject
 * of its own; "Lavrov said on Tuesday." keeps the speaker.
 */
function reportedClause(p: DatedPassage, tokens: Token[], v: number): Token[] {
  const nothingAfter = tokens.slice(v + 1).every((t) => !isHead(t) || EMPTY_OBJECT.has(t.root));
  if (p.introduced && nothingAfter) return quotedClause(p, tokens, v, p.introduced);
  const opening = quoteBefore(p, tokens[v]!);
  if (opening.words.length && (nothingAfter || opening.inverted)) return quotedClause(p, tokens, v, opening.words, opening.inverted);
  let r = v + 1;
  // "told Mikhail Gorbachev that ...": the person told is not the reported subject.
  const that = tokens.findIndex((t, i) => i > v && t.root === 'that' && i - v <= 4);
  if (that > 0) r = that + 1;
  // "commented on the breaches": a preposition opens what was spoken about, not what was said.
  if (tokens[r]?.tags.has('Preposition')) return [];
  const reported = clause(p, tokens.slice(r), true).words;
  const verb = reported.find((t) => isMainVerb(t));
  if (verb && !REPORTING.has(verb.root)) return trimEdges(reported);
  return reportedBySpeaker(p, tokens, v, r);
}

/**
 * "Police said Friday they arrested 14 foreigners": a reported clause whose subject is a
 * REPORTED_PRONOUN is told of the speaker, "Police arrested 14 foreigners".
 */
function reportedBySpeaker(p: DatedPassage, tokens: Token[], v: number, r: number): Token[] {
  if (!REPORTED_PRONOUN.has(tokens[r]?.root ?? '')) return [];
  const speaker = speakerOf(tokens, v, p.doc.text);
  const predicate = trimEdges(clause(p, tokens.slice(r + 1), false).words);
  const verb = predicate.find((t) => isMainVerb(t));
  return speaker.length && verb && !REPORTING.has(verb.root) ? [...speaker, ...predicate] : [];
}

/** Who did the reporting verb at v when it comes first ("said the coach"): the noun phrase after it. */
function speakerAfter(tokens: Token[], v: number, text: string): Token[] {
  let s = v + 1;
  while (tokens[s]?.tags.has('Determiner')) s++;
  return nounPhraseFrom(tokens, s, text, 3);
}

/** Who did the reporting verb at v: the noun phrase right before it, past adverbs and auxiliaries. */
function speakerOf(tokens: Token[], v: number, text: string): Token[] {
  let s = v - 1;
  while (s >= 0 && (tokens[s]!.tags.has('Adverb') || tokens[s]!.auxiliary)) s--;
  return s >= 0 && isHead(tokens[s]) ? nounPhraseEndingAt(tokens, s, text, 3) : [];
}

/**
 * "Lavrov said the following: “We are preparing to pursue the agenda ...”": the quote's clause,
 * with the speaker as subject when the quote speaks in the first person ("Lavrov preparing to
 * pursue agenda").
 */
function quotedClause(p: DatedPassage, tokens: Token[], v: number, quote: Token[], inverted = false): Token[] {
  // "We are preparing", "(W)e are analyzing": the speaker is the subject, taken below.
  const words = quote
    .filter((t) => t.role !== 'date' && isWordish(t))
    .map((t) => (isFirstPerson(t) ? { ...t, role: 'other' as const } : t));
  // The quote's first verb is what it says; a later one tells a detail ("responses received from").
  // Its clause is read as if dated at its start, so that the verb nearest "the date" is the first.
  const first = words.find((t) => isMainVerb(t));
  const at = words[0]?.start ?? p.mention.start;
  const q: DatedPassage = { ...p, mention: { ...p.mention, start: at, end: at } };
  const own = clause(q, words, true).words;
  // The quote's own subject and verb, if the verb fits in a label after that subject.
  if (own.length >= MIN_LABEL_WORDS && first && own.includes(first) && !REPORTING.has(first.root)) return own.indexOf(first) < MAX_LABEL_WORDS ? trimEdges(own) : [];
  // The speaker stands in only for "I" or "we" ("This little boy belongs with his father," Meissner
  // said: the boy belongs, not Meissner).
  const firstPerson = quote.some((t, i) => i < quote.indexOf(first!) && isFirstPerson(t));
  if (!firstPerson) return [];
  const speaker = inverted ? speakerAfter(tokens, v, p.doc.text) : speakerOf(tokens, v, p.doc.text);
  const predicate = trimEdges(clause(q, words, false).words);
  const verb = predicate.find((t) => isMainVerb(t));
  if (!speaker.length || predicate.length < 1 || !verb || REPORTING.has(verb.root)) return [];
  // "We were unjustly pushed out": without its "were" the speaker would be the one who pushed
  // ("we are closely analyzing" is no passive).
  let k = words.indexOf(verb) - 1;
  while (k >= 0 && words[k]!.tags.has('Adverb')) k--;
  if (!/ing$/i.test(verb.text) && /^(?:am|is|are|was|were|be|been|being)$/i.test(words[k]?.text ?? '')) return [];
  return [...speaker, ...predicate].slice(0, MAX_LABEL_WORDS);
}

/**
 * "“We will not back down,” the president said on Monday", "“We will win,” said the coach": the
 * quote that opens the sentence and closes before the reporting verb is what was said (wire copy
 * writes ``...'' too). `inverted` when the verb comes right after the quote, its speaker after it.
 */
function quoteBefore(p: DatedPassage, verb: Token): { words: Token[]; inverted: boolean } {
  const text = p.doc.text;
  const open = /^\s*(?:[“"]|``)/.exec(text.slice(p.sentence.start, verb.start));
  const from = p.sentence.start + (open?.[0].length ?? 0);
  const close = open ? text.slice(from, verb.start).search(/[,.!?]?\s*(?:[”"]|'')/) : -1;
  if (close < 0) return { words: [], inverted: false };
  const between = text.slice(from + close, verb.start);
  const inverted = /^[,.!?]?\s*(?:[”"]|'')\s*$/.test(between);
  return { words: p.tokens.filter((t) => inside(t, { start: from, end: from + close })), inverted };
}

const FIRST_PERSON = new Set(['i', 'we']);
/** "We", "(W)e": the word as written, without the marks an editor put in it. */
const isFirstPerson = (t: Token) => FIRST_PERSON.has(t.text.replace(/[^\p{L}]/gu, '').toLowerCase());
/** "its thoughts": the owner's pronoun is no part of the object's name. */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Words that open another clause: a verb beyond one belongs to that clause, not to the date. */
const SUBORDINATOR = new Set(['when', 'which', 'that', 'who', 'whom', 'while', 'because', 'although', 'though', 'if', 'unless', 'whereas', 'where']);

/** Beyond this many words from the date, a verb more likely tells another part of the sentence. */
const NEAR_VERB = 3;

function attachedPhrase(p: DatedPassage, cut: Cut): Token[] {
  const text = p.doc.text;
  const lead = wordBeforeDate(p);
  if (lead && DATE_LEAD.has(lead.root) && !ATTACHING.has(lead.root)) return [];
  const np = nounPhraseEndingAt(cut.before, cut.before.length - 1, text, MAX_LABEL_WORDS - 1);
  if (!np.length || !isHead(np[np.length - 1])) return [];
  const before = cut.before[cut.before.indexOf(np[0]!) - 1];
  // "At Istanbul in 1999": a place alone says where, not what; the happening the sentence names
  // ("summit", "talks") goes with it: "Istanbul summit".
  if (np.length === 1 && np[0]!.role === 'proper' && before?.tags.has('Preposition') && adjacent(text, before, np[0]!)) {
    const happening = p.tokens.find((t) => t.role === 'noun' && HAPPENING.has(t.root));
    if (happening) return [np[0]!, happening];
    // Otherwise what the sentence says happened there: "Istanbul: leaders pledged security".
    const rest = p.tokens.filter((t) => t.role !== 'date' && isWordish(t) && !inside(t, p.clause) && !bracketed(text, p.sentence.start, t));
    const told = clause(p, rest, true).words;
    return told.length >= MIN_LABEL_WORDS ? [np[0]!, ...told].slice(0, MAX_LABEL_WORDS) : [before, np[0]!];
  }
  const last = np[np.length - 1]!;
  if (!/^[\s\p{L}]*$/u.test(text.slice(last.end, p.mention.start))) return np;
  const prep = cut.after[0];
  if (!prep || !NP_LINK.has(prep.root) || !adjacent(text, p.mention, prep)) return np;
  const tail = nounPhraseFrom(cut.after, 1, text, MAX_LABEL_WORDS - np.length - 1);
  return tail.length ? [...np, prep, ...cutAfterFirstHead(tail)] : np;
}

/** The token lies inside an aside in brackets: "(the world's largest security organization)". */
function bracketed(text: string, from: number, t: Token): boolean {
  const before = text.slice(from, t.start);
  return before.split('(').length > before.split(')').length;
}

/** The sentence's verb nearest the date ("expanded to include") and the nouns of the date's own clause. */
function sentenceVerbWith(p: DatedPassage, own: Token[]): Token[] {
  const nouns = own.filter((t) => isNominal(t));
  const tokens = p.tokens.filter((t) => t.role !== 'date' && isWordish(t));
  const v = verbsByDistance(tokens, p.mention.start, p.doc.text).find((i) => !REPORTING.has(tokens[i]!.root) && !LIGHT_VERB.has(tokens[i]!.root));
  if (v === undefined || !nouns.length) return [];
  const at = (i: number) => tokens[i]!;
  const phrase =
    tokens[v - 1]?.root === 'to' && isMainVerb(tokens[v - 2]) ? [at(v - 2), at(v - 1), at(v)]
    : tokens[v + 1]?.root === 'to' && isMainVerb(tokens[v + 2]) ? [at(v), at(v + 1), at(v + 2)]
    : [at(v)];
  if (phrase.some((t) => nouns.includes(t))) return [];
  // "Mayor Alex Penelas and ... flew": nouns that stand before the verb are its subject, its first
  // run of nouns, and come first.
  if (nouns[nouns.length - 1]!.end > phrase[0]!.start) return [...phrase, ...nouns];
  const from = own.indexOf(nouns[0]!);
  let to = from;
  while (to < own.length && isNominal(own[to])) to++;
  const subject = cutAfterLastHead(firstWords(own.slice(from, to), MAX_LABEL_WORDS - phrase.length, p.doc.text));
  return subject.length ? [...subject, ...phrase] : [...phrase, ...nouns];
}

/**
 * "His father was a bank trustee until 1974": a sentence with no verb but "be" says what something
 * was. Subject, the copula and its noun phrase ("Father was bank trustee"); only where no other
 * verb is in the sentence, as "be" before a participle or "to" is an auxiliary.
 */
function stateOf(p: DatedPassage, own: Token[]): Token[] {
  if (p.tokens.some((t) => isMainVerb(t))) return [];
  const text = p.doc.text;
  for (let c = 1; c < own.length; c++) {
    if (!own[c]!.tags.has('Copula') || !/^(?:is|are|was|were)$/i.test(own[c]!.text)) continue;
    const subject = isHead(own[c - 1]) ? nounPhraseEndingAt(own, c - 1, text, 4) : [];
    let o = c + 1;
    while (own[o]?.tags.has('Determiner')) o++;
    if (!subject.length || !own[o] || !isNominal(own[o]) || !adjacent(text, own[c]!, own[o]!)) continue;
    const predicate = cutAfterFirstHead(nounPhraseFrom(own, o, text, MAX_LABEL_WORDS - subject.length - 1));
    if (predicate.some((t) => isHead(t))) return [...subject, own[c]!, ...predicate];
  }
  return [];
}

/**
 * "After the meeting on Monday, the minister resigned": the date is the meeting's, and the
 * sentence's verb tells what came after it, not what happened on Monday. A noun too short to stand
 * as a label alone goes after the main clause with the words that relate them: "Minister resigned
 * after meeting" (was "Meeting resigned"; "Ahead of the summit" gave "Resigned ahead summit").
 */
function relationalLabel(p: DatedPassage, cut: Cut): Token[] {
  const opening = clauseOpening(p);
  if (!opening || !RELATIONAL.has(opening.text.toLowerCase()) || cut.before[0] !== opening) return [];
  const text = p.doc.text;
  const np = nounPhraseEndingAt(cut.before, cut.before.length - 1, text, 3);
  if (!np.length || !isHead(np[np.length - 1]) || np[0] === opening) return [];
  const relation = cut.before.slice(0, cut.before.indexOf(np[0]!)).filter((t) => !t.tags.has('Determiner'));
  if (relation.length > 2) return [];
  const after = p.tokens.filter((t) => t.start >= p.clause.end && inside(t, p.sentence) && t.role !== 'date' && isWordish(t));
  const main = clause(p, after, true).words.slice(0, MAX_LABEL_WORDS - relation.length - np.length);
  return main.length >= MIN_LABEL_WORDS && main.some((t) => isMainVerb(t)) ? [...main, ...relation, ...np] : [];
}

/** The sentence's main clause: subject, verb and object, whichever clause holds the date. */
function mainClause(p: DatedPassage): Token[] {
  return clause(p, p.tokens.filter((t) => inside(t, p.sentence) && t.role !== 'date' && isWordish(t)), true).words;
}

/** The clause's first noun phrase: "Hundreds of former fighters in the revolution". */
function firstNounPhrase(p: DatedPassage, tokens: Token[]): Token[] {
  const first = tokens.findIndex((t) => isNominal(t));
  return first < 0 ? [] : nounPhraseFrom(tokens, first, p.doc.text, MAX_LABEL_WORDS);
}

function trimEdges(words: Token[]): Token[] {
  let a = 0;
  let b = words.length;
  while (a < b && EDGE_JUNK.test(words[a]!.text)) a++;
  while (b > a && EDGE_JUNK.test(words[b - 1]!.text)) b--;
  return words.slice(a, b);
}

export function proposeLabel(passage: DatedPassage): LabelProposal {
  const p = labelView(passage);
  const cut = cutDate(p);
  const rest = [...cut.before, ...cut.after];
  const across = subjectAcrossParenthetical(p);
  const subject = across.length ? across : subjectJustBefore(p);
  const full = clause(p, [...subject, ...rest, ...clauseAcrossComma(p, cut)], true);
  const attached = attachedPhrase(p, cut);
  // The date sits inside a clause ("... against Georgian aggression in 2008 against ..."): the noun
  // it is attached to says more than a verb far away.
  const lead = wordBeforeDate(p);
  // Not a place alone ("imposed sanctions on Russia in March 2014" is no "On Russia").
  const attachedFirst =
    cut.before.length > 0 && attached.length >= MIN_LABEL_WORDS && !attached[0]!.tags.has('Preposition') && full.distance > NEAR_VERB && NOUN_DATE_LINK.has(lead?.root ?? '');
  const tries: Array<[LabelPattern, () => Token[]]> = [
    ['date-modifier', () => dateModifier(p, cut)],
    ...(attachedFirst ? [['attached-phrase', () => attached] as [LabelPattern, () => Token[]]] : []),
    ['clause', () => full.words],
    ['attached-phrase', () => attached],
    ['clause', () => relationalLabel(p, cut)],
    ['predicate', () => clause(p, rest, false).words],
    ['sentence-verb', () => sentenceVerbWith(p, rest)],
    ['sentence-verb', () => stateOf(p, rest)],
    ['words', () => firstNounPhrase(p, rest)],
    // "…, or $2.14 a share, for the third quarter ended Sept. 30": the date's clause says nothing
    // of its own; the sentence's main clause does ("Price Stern Sloan hired investment banking firm").
    ['words', () => mainClause(p)],
    ['predicate', () => clause(p, rest, false, true).words],
  ];
  for (const [pattern, make] of tries) {
    const made = make();
    const words = withoutDanglingEnd(capped(pattern === 'attached-phrase' ? made : trimEdges(made), p.doc.text));
    if (words.length >= MIN_LABEL_WORDS) return { words: wholeCompounds(words, p.tokens, p.doc.text), pattern };
  }
  return { words: [], pattern: 'words' };
}

/**
 * The tokenizer splits "one-time" and "COVID-19" in two, and a phrase that skips a number or a
 * determiner kept only one part ("a one-time gain" was labelled "Time gain", "declared COVID-19 a
 * pandemic" "declared COVID a pandemic"): every word of a label takes the rest of its hyphenated
 * word back.
 */
function wholeCompounds(words: Token[], tokens: Token[], text: string): Token[] {
  const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && text.slice(a.end, b.start) === '-';
  const taken = new Set(words);
  const out: Token[] = [];
  for (const word of words) {
    const at = tokens.indexOf(word);
    let first = at;
    while (first > 0 && joined(tokens[first - 1], tokens[first]) && !taken.has(tokens[first - 1]!)) taken.add(tokens[--first]!);
    let last = at;
    while (at >= 0 && joined(tokens[last], tokens[last + 1]) && !taken.has(tokens[last + 1]!)) taken.add(tokens[++last]!);
    out.push(...(at < 0 ? [word] : tokens.slice(first, last + 1)));
  }
  return out;
}

/**
 * The first MAX_LABEL_WORDS words, ending where a phrase can end: a name the cap would cut is left
 * out whole, and so are the words then left dangling ("Juan Miguel Gonzalez arrived in United" →
 * "Juan Miguel Gonzalez arrived"; "will carry floating annual" → "will carry"). If that leaves too
 * few words, the plain cut stands.
 */
/**
 * A label never ends on a word that points at what was cut off: a possessive ("Resolution calls
 * for Israel's") or a title ("Shooting of Dr."), with the link left before it. Kept as it is when
 * too little would remain.
 */
function withoutDanglingEnd(words: Token[]): Token[] {
  const out = [...words];
  const last = () => out[out.length - 1]!;
  if (!out.length || !(/['’]s$/i.test(last().text) || isShortTitle(last().text))) return words;
  const dropped = out.pop()!;
  // "Navigation Mixte's": the whole name goes, not its last word.
  while (dropped.role === 'proper' && out.length && last().role === 'proper') out.pop();
  while (out.length && isLinkWord(last())) out.pop();
  return out.length >= MIN_LABEL_WORDS ? out : words;
}

/** A word that only links to what follows, so no label ends on it: "of", "the", "for". */
const isLinkWord = (t: Token) => EDGE_JUNK.test(t.text) || t.tags.has('Preposition') || t.tags.has('Determiner');

function capped(words: Token[], text: string): Token[] {
  if (words.length <= MAX_LABEL_WORDS) return words;
  const cut = firstWords(words, MAX_LABEL_WORDS, text);
  const last = () => cut[cut.length - 1]!;
  // Cut short, an adjective dangles too: "Canadian" of "Canadian authorities".
  while (cut.length && (isLinkWord(last()) || last().role === 'adjective')) cut.pop();
  return cut.length >= MIN_LABEL_WORDS ? cut : words.slice(0, MAX_LABEL_WORDS);
}
