/**
 * Part-of-speech tokens of one sentence, from `compromise`. Why compromise: the label and the merge
 * rule need to know nouns from verbs, proper names from common words, and a word's root
 * ("talks" → "talk", "ended" → "end"); compromise gives all of that offline, in pure JavaScript,
 * with offsets, in a few milliseconds per sentence, and it is used only here in extraction (never in the viewer
 * bundle). It is run only on sentences that hold a date mention, and only its tagging half
 * (`compromise/two`: tokens, tags, roots) is loaded: the full build is 2–3 times slower per
 * sentence and adds nothing used here.
 */
import nlp from 'compromise/two';
import type { Span } from '../../schema/timeline';
import { isMainVerb } from './noun-phrases';

export type TokenRole = 'proper' | 'noun' | 'verb' | 'adjective' | 'date' | 'other';

export interface Token {
  /** Offsets into the document text. */
  start: number;
  end: number;
  text: string;
  /** Lower-case root ("talk", "end"); the comparison key of key terms. */
  root: string;
  role: TokenRole;
  /** A verb that only carries tense or mood: is, has, will, would. */
  auxiliary: boolean;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  root?: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Prepositions compromise sometimes tags as adjectives ("against", "toward") or verbs ("three doctors, including Slepian"). */
const PREPOSITIONS = new Set(
  'against toward towards into onto upon amid amidst among despite via per versus than within without under over above below beneath beside beyond inside outside across along throughout including excluding regarding concerning'.split(
    ' ',
  ),
);

/** Function words that a name in capitals may spell: "the WHO declared", "IT spending", "the US". */
const SPELLED_FUNCTION_WORDS = new Set(['who', 'it', 'us', 'am', 'or', 'and', 'as', 'at', 'in', 'on', 'so', 'no', 'we']);

/**
 * The root of a name in capitals that spells a function word is the name as written: the relative
 * pronoun "who" opens a clause, the World Health Organization does not ("the WHO declared a
 * pandemic" was labelled "Declared pandemic").
 */
function acronymRoot(word: string, role: TokenRole): string | undefined {
  return role === 'proper' && /^\p{Lu}{2,}$/u.test(word) && SPELLED_FUNCTION_WORDS.has(word.toLowerCase()) ? word : undefined;
}

function roleOf(tags: ReadonlySet<string>): TokenRole {
  if (tags.has('Date') || tags.has('Duration') || tags.has('Month') || tags.has('WeekDay')) return 'date';
  // "called off", "broke out": the particle belongs to the verb before it and is no verb itself.
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Particle')) return 'other';
  if (tags.has('ProperNoun') || tags.has('Acronym')) return 'proper';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Noun')) return 'noun';
  if (tags.has('Adjective')) return 'adjective';
  return 'other';
}

const rootOf = (t: CompromiseTerm) =>
  (t.root || t.normal || t.text)
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Sentences tokenized in one compromise call at most: each call costs ~1–3 ms whatever its length
 * (matching its tag rules), so sentences go in together (~0.4–0.8 ms a sentence); much longer
 * inputs get slower per sentence again.
 */
const BATCH_SENTENCES = 32;
/** Between two sentences of a batch: a paragraph break, so compromise never joins them. */
const BATCH_GAP = '\n\n';

/** Tokens of sentences, by sentence text: a sentence written again is tagged once. */
export type TokenCache = Map<string, Token[]>;

/**
 * Tokens of each of `spans` (sentences of `text`). Sentences not yet in `cache` are tokenized
 * BATCH_SENTENCES at a time, joined by paragraph breaks, and each token is moved back to its
 * sentence's place in the document. A sentence written again (wire copy repeats its lead, pages
 * repeat paragraphs) is tagged once: the cache holds tokens relative to the sentence start.
 */
export function tokenizeSentences(text: string, spans: readonly Span[], cache: TokenCache = new Map()): Token[][] {
  const keys = spans.map((s) => text.slice(s.start, s.end));
  const fresh = [...new Set(keys.filter((k) => !cache.has(k)))];
  for (let a = 0; a < fresh.length; a += BATCH_SENTENCES) {
    const batch = fresh.slice(a, a + BATCH_SENTENCES);
    const starts: number[] = [];
    let at = 0;
    for (const k of batch) {
      starts.push(at);
      at += k.length + BATCH_GAP.length;
    }
    batch.forEach((k) => cache.set(k, []));
    let i = 0;
    for (const t of tokenize(batch.join(BATCH_GAP), 0)) {
      while (i < batch.length - 1 && t.start >= starts[i + 1]!) i++;
      if (t.end > starts[i]! + batch[i]!.length) continue;
      cache.get(batch[i]!)!.push({ ...t, start: t.start - starts[i]!, end: t.end - starts[i]! });
    }
  }
  return spans.map((s, i) => cache.get(keys[i]!)!.map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
}

/** Counts that head a phrase: "thousands of people", "dozens were injured". */
const COUNT_NOUN = /^(?:tens|dozens|scores|hundreds|thousands|millions|billions)$/i;

/** Comparatives whose "than" belongs to an amount: "more than 2,400 people". */
const COMPARATIVE = new Set(['more', 'less', 'fewer']);

/** Tokens of `text`, which starts at `offset` in the document. */
export function tokenize(text: string, offset: number): Token[] {
  const doc = nlp(text);
  doc.compute('root');
  // `root` is filled by compute('root'); the JsonProps type does not list it.
  const options = { offset: true, terms: { root: true, normal: true } } as Parameters<typeof doc.json>[0];
  const sentences: { terms: CompromiseTerm[] }[] = doc.json(options);
  const terms: CompromiseTerm[] = sentences.flatMap((s) => s.terms);
  const opening = new Set(sentences.map((s) => s.terms[0]));
  const nameAt = (k: number) => !!terms[k]?.tags.includes('ProperNoun') && /^\p{Lu}/u.test(terms[k]!.text);
  const isTagged = (k: number, tag: string) => !!terms[k]?.tags.includes(tag);
  const tokens = terms.map((t, i): Token => {
    const tags = new Set(t.tags);
    // "Price Stern Sloan Inc. said": news seldom opens with a command; a capitalised "imperative"
    // right before a name is the name's first word. "Biden and Putin met": a capitalised common
    // noun opening the sentence and joined by "and" to a name is a name too.
    if (opening.has(t) && tags.has('Imperative') && nameAt(i + 1)) {
      for (const tag of ['Verb', 'PresentTense', 'Infinitive', 'Imperative']) tags.delete(tag);
      tags.add('ProperNoun').add('Noun');
    } else if (opening.has(t) && tags.has('Imperative') && isTagged(i + 1, 'Noun') && !isTagged(i + 1, 'Pronoun') && isTagged(i + 2, 'Verb')) {
      // "Oil prices plunged": a sentence-opening "command" before a noun and its verb is the noun's modifier.
      for (const tag of ['Verb', 'PresentTense', 'Infinitive', 'Imperative']) tags.delete(tag);
      tags.add('Noun').add('Singular');
    } else if (opening.has(t) && tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Plural') && /^\p{Lu}\p{Ll}+$/u.test(t.text) && rootOf(terms[i + 1] ?? t) === 'and' && nameAt(i + 2)) {
      tags.add('ProperNoun');
    }
    if (/^rose$/i.test(t.text) && tags.has('Noun') && (isTagged(i + 1, 'Value') || (/^(?:to|by|from)$/i.test(terms[i + 1]?.text ?? '') && isTagged(i + 2, 'Value')))) {
      // "Revenue rose 8%", "shares rose to $45": the flower does not come with an amount.
      tags.clear();
      tags.add('Verb').add('PastTense');
    } else if (rootOf(t) === 'than' && COMPARATIVE.has(rootOf(terms[i - 1] ?? t)) && isTagged(i + 1, 'Value')) {
      // "more than 2,400 people": the "than" of an amount goes with its adverb, as "at least" does.
      tags.clear();
      tags.add('Adverb');
    } else if (tags.has('RomanNumeral') && nameAt(i - 1)) {
      // "Minsk II", "World War II", "Elizabeth II": the numeral is the end of the name.
      for (const tag of ['Value', 'Cardinal', 'RomanNumeral']) tags.delete(tag);
      tags.add('ProperNoun').add('Noun');
    } else if (COUNT_NOUN.test(t.text) && tags.has('Value')) {
      // "Thousands marched", "millions watched": a plural count is the noun of its phrase.
      for (const tag of ['Value', 'TextValue', 'Cardinal']) tags.delete(tag);
      tags.add('Noun').add('Plural');
    } else if (PREPOSITIONS.has(rootOf(t)) || PREPOSITIONS.has(t.text.toLowerCase())) {
      for (const tag of ['Adjective', 'Noun', 'Verb', 'ProperNoun']) tags.delete(tag);
      tags.add('Preposition');
    }
    const start = offset + t.offset.start;
    const word = text.slice(t.offset.start, t.offset.start + t.offset.length);
    const role = roleOf(tags);
    return {
      start,
      end: start + t.offset.length,
      text: word,
      root: acronymRoot(word, role) ?? rootOf(t),
      role,
      auxiliary: tags.has('Auxiliary') || tags.has('Copula') || tags.has('Modal'),
      tags,
    };
  });
  return CORRECTIONS.reduce((corrected, correct) => correct(corrected), tokens);
}

/**
 * Where compromise's tags read a sentence otherwise than news means it, corrected in this order
 * (each reads the roles the ones before it set).
 */
const CORRECTIONS: Array<(tokens: Token[]) => Token[]> = [
  pluralsAfterObjects, // "raised interest rates": "rates" a noun, not a verb
  adjectivesAsNouns, // "arrested the suspect on Sunday": "suspect" a noun
  havesOfPossession, // "had net income" a verb, "had not yet decided" an auxiliary
  infinitivesAfterDueAndSet, // "is due to take effect", "is set to expire"
  baseVerbsAfterModals, // "will close in 2025", "will soon resume"
];

/** Adverbs that stand between a modal and its verb: "will soon resume", "would likely rise". */
const MID_ADVERB = /^(?:\w+ly|soon|also|still|never|again|then|just|already|even|ever|now|later|once|first|not|yet|together|quite|rather|almost)$/i;

/**
 * After a modal comes a verb in its base form, and compromise sometimes misses it: "the plant will
 * close in 2025" ("close in" read as a particle verb, "close" an adverb), "talks will soon resume"
 * ("soon" a verb, "resume" a noun), "prices will likely rise". Adverbs between stay adverbs; the
 * first other word is the verb, unless it is a plural or a name.
 */
function baseVerbsAfterModals(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (!t.tags.has('Modal')) return;
    let k = i + 1;
    for (; tokens[k] && MID_ADVERB.test(tokens[k]!.text) && !tokens[k]!.auxiliary; k++)
      if (tokens[k]!.role === 'verb') tokens[k] = { ...tokens[k]!, role: 'other', tags: new Set(['Adverb']) };
    const next = tokens[k];
    if (!next || next.role === 'verb' || next.role === 'proper' || next.role === 'date' || next.tags.has('Plural') || next.tags.has('Determiner') || next.tags.has('Pronoun')) return;
    if (next.role === 'noun' || next.role === 'adjective' || next.tags.has('Adverb')) tokens[k] = { ...next, role: 'verb', tags: new Set(['Verb', 'Infinitive']) };
  });
  return tokens;
}

/**
 * "The law is due to take effect", "The deal is set to expire": after "be", "due to" and "set to"
 * lead an infinitive, but compromise reads "due to" as "because of" (and "take" as a noun) and
 * "set" as a noun, so the clause had no verb and the labels were "Take effect" and "Deal expire".
 * There "set" is a participle, and a singular noun right after "to", with no article, the verb.
 * ("is due to rain" reads so too; the tagger takes it for a plan all the same, see tense.ts.)
 */
function infinitivesAfterDueAndSet(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const [to, next] = [tokens[i + 1], tokens[i + 2]];
    if (!/^(?:due|set)$/i.test(t.text) || to?.text.toLowerCase() !== 'to' || !next) return;
    let b = i - 1;
    while (b >= 0 && (tokens[b]!.tags.has('Adverb') || tokens[b]!.tags.has('Negative'))) b--;
    if (!tokens[b]?.tags.has('Copula')) return;
    if (t.role === 'noun') tokens[i] = { ...t, role: 'verb', tags: new Set(['Verb', 'PastTense', 'Passive']) };
    if (next.role === 'noun' && !next.tags.has('Plural')) tokens[i + 2] = { ...next, role: 'verb', tags: new Set(['Verb', 'Infinitive']) };
  });
  return tokens;
}

/**
 * "have" is an auxiliary before a past participle and a verb of its own before an object, and
 * compromise mixes them up both ways: "The thrift had net income of $132,000" (an auxiliary, and
 * the clause had no verb), "He had not yet decided" (a main verb, and the label lost its "not").
 * Past adverbs, "not" and "yet", the next word decides.
 */
function havesOfPossession(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (!/^(?:have|has|had|having)$/i.test(t.text)) return;
    let k = i + 1;
    while (tokens[k] && (tokens[k]!.tags.has('Adverb') || tokens[k]!.tags.has('Negative') || tokens[k]!.root === 'yet')) k++;
    const next = tokens[k];
    if (!next || next.root === 'to') return;
    const participle = next.role === 'verb' && !next.auxiliary && next.tags.has('PastTense');
    if (t.auxiliary && next.role !== 'verb' && !next.auxiliary) {
      tokens[i] = { ...t, auxiliary: false, role: 'verb', tags: new Set([...t.tags].filter((tag) => tag !== 'Auxiliary')) };
    } else if (!t.auxiliary && (participle || (next.auxiliary && /^been$/i.test(next.text)))) {
      tokens[i] = { ...t, auxiliary: true, tags: new Set([...t.tags, 'Auxiliary']) };
    }
    // "had not yet decided": this "yet" is an adverb, not the conjunction compromise reads.
    for (let j = i + 1; j < k; j++) if (tokens[j]!.root === 'yet') tokens[j] = { ...tokens[j]!, role: 'other', tags: new Set(['Adverb']) };
  });
  return tokens;
}

/**
 * "Police arrested the suspect on Sunday": an adjective between an article and a preposition is the
 * noun of its phrase (compromise tags "suspect" an adjective). Without this the phrase had no head
 * and the label lost its object.
 */
function adjectivesAsNouns(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.role !== 'adjective' || !/^(?:the|a|an)$/i.test(tokens[i - 1]?.text ?? '') || !next?.tags.has('Preposition')) return;
    tokens[i] = { ...t, role: 'noun', tags: new Set([...t.tags, 'Noun']) };
  });
  return tokens;
}

/** Past verbs followed by a clause of its own, not an object: "Lego said the company foresees". */
const OPENS_CLAUSE = new Set(
  (
    'say tell think believe expect hope fear know warn claim announce add confirm deny report insist argue note ' +
    'predict estimate show find indicate suggest reveal learn realize decide agree ensure assume feel mean explain ' +
    'state acknowledge admit recall complain concede declare hear see understand wish worry doubt guess'
  ).split(' '),
);

/**
 * "The bank raised interest rates", "Clinton welcomed the job figures": an -s form right after a
 * past verb and the nouns of its object is a plural noun compromise took for a verb; a clause has
 * one finite verb. Without this the label was "Interest rates" (subject, verb). So is one right
 * before a modal or an auxiliary ("talks would continue").
 */
function pluralsAfterObjects(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (!isSFormVerb(t)) return;
    // "said talks would continue": an -s form right before a modal or an auxiliary is its subject.
    const next = tokens[i + 1];
    if (next?.auxiliary && next.role === 'verb') {
      tokens[i] = asPluralNoun(t);
      return;
    }
    let k = i - 1;
    let nouns = 0;
    // "rejected Russia's key demands": an owner's name may open the object.
    const inObject = (t: Token) => t.role === 'noun' || t.role === 'adjective' || t.tags.has('Determiner') || (t.role === 'proper' && t.tags.has('Possessive'));
    for (; k >= 0 && inObject(tokens[k]!); k--) if (tokens[k]!.role === 'noun') nouns++;
    const verb = tokens[k];
    if (nouns === 0 || !isMainVerb(verb) || !verb.tags.has('PastTense') || OPENS_CLAUSE.has(verb.root)) return;
    tokens[i] = asPluralNoun(t);
  });
  return tokens;
}

/** A main verb in its -s form ("talks", "shares"), which compromise often makes of a plural noun. */
export const isSFormVerb = (t: Token | undefined): t is Token => isMainVerb(t) && t.tags.has('PresentTense') && /s$/i.test(t.text);

export function asPluralNoun(t: Token): Token {
  const tags = new Set([...t.tags].filter((tag) => tag !== 'Verb' && tag !== 'PresentTense'));
  tags.add('Noun').add('Plural');
  return { ...t, role: 'noun', tags };
}
