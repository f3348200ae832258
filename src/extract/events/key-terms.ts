/**
 * Key terms of a dated passage: what it is about, as roots of content words. They decide whether
 * two mentions denote the same happening (merge-events.ts) and feed the label. Words in the date
 * mention's own region (mention-region.ts) weigh 1; the rest of the sentence and the passage's
 * neighbour sentence weigh less, and names that belong to another date of the same sentence
 * not at all.
 */
import type { Span } from '../../schema/timeline';
import type { Token } from './sentence-tokens';

export interface KeyTerms {
  /** root → weight in (0, 1]. */
  weights: Map<string, number>;
  /** Roots of proper names (places, people, organisations, named documents). */
  names: Set<string>;
  /** Names that act as the subject of a verb: "Putin said", "Lavrov again commented". */
  actors: Set<string>;
}

/** Words too general to tell one happening from another, whatever the corpus. */
const GENERIC = new Set(
  (
    'be have do will would can could may might shall should must say said tell add explain stress note state ' +
    'make get go take come want know see seem call follow following thing way time people part kind lot ' +
    'other such same new old first last next own many much more most few one two three the a an at on in ' +
    'of to for by with from as it its this that these those there here what which who whom whose mr mrs ms ' +
    'according also again already even still just only very well really ever never yet so then than ' +
    'earlier later meanwhile ' +
    'he she they we you i us them him her his their our my your me'
  ).split(' '),
);

const CONTEXT_WEIGHT = 0.5;
const NEIGHBOUR_WEIGHT = 0.25;
const OTHER_REGION_WEIGHT = 0.25;

const inside = (t: Token, s: Span) => t.start >= s.start && t.end <= s.end;

function isContent(t: Token): boolean {
  if (t.role === 'date' || t.role === 'other' || t.auxiliary) return false;
  return t.root.length > 1 && !/^\d+$/.test(t.root) && !GENERIC.has(t.root);
}

/** Split "russia/nato" and scraped edits like "effort…explain(ing)" into words. */
const rootsOf = (t: Token) =>
  t.root
    .replace(/[()[\]]/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((r) => r.length > 1 && !GENERIC.has(r));

/** Verbs whose subject is someone acting or speaking: "Putin said", "Lavrov again commented". */
const AGENT_VERBS = new Set(
  (
    'say tell comment stress explain add warn announce state claim insist argue note acknowledge confirm deny ' +
    'urge declare reply respond ask accuse suggest propose agree brief meet visit discuss speak write sign ' +
    'call phone threaten promise pledge reject accept order decide vow admit report condemn head lead arrive ' +
    'travel fly leave resign win lose launch attack invade arrest charge sue file rule vote elect approve veto'
  ).split(' '),
);

/**
 * Names that are the subject of a verb in the mention's clause: a person's name with any verb, other
 * names with a verb only people do ("Lavrov commented"; not "the Charter includes").
 */
function actorsOf(tokens: Token[]): Set<string> {
  const actors = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.role !== 'proper' || t.tags.has('Place')) return;
    let j = i + 1;
    while (tokens[j]?.role === 'proper' && !tokens[j]!.tags.has('Place')) j++;
    const name = tokens[j - 1]!;
    // "Estrada on Tuesday condemned": adverbs and a date phrase may sit between name and verb.
    while (tokens[j] && (tokens[j]!.tags.has('Adverb') || tokens[j]!.role === 'date' || (tokens[j]!.tags.has('Preposition') && tokens[j + 1]?.role === 'date'))) j++;
    const verb = tokens[j];
    const person = tokens.slice(i, j).some((x) => x.tags.has('Person'));
    if (verb && verb.role === 'verb' && !verb.auxiliary && (person || AGENT_VERBS.has(verb.root))) actors.add(name.root);
  });
  return actors;
}

/**
 * @param tokens   tokens of the sentence holding the mention
 * @param region   the mention's own region of that sentence
 * @param others   regions of the sentence's other date mentions
 * @param clause   the clause of the region that holds the mention (mention-region.ts)
 * @param neighbour tokens of the sentence the passage took along, if any
 */
export function keyTerms(tokens: Token[], region: Span, others: Span[], clause: Span, neighbour: Token[] = []): KeyTerms {
  const weights = new Map<string, number>();
  const names = new Set<string>();
  const put = (t: Token, w: number) => {
    if (!isContent(t) || w <= 0) return;
    for (const r of rootsOf(t)) {
      weights.set(r, Math.max(weights.get(r) ?? 0, w));
      if (t.role === 'proper' && w >= CONTEXT_WEIGHT) names.add(r);
    }
  };
  for (const t of tokens) {
    if (inside(t, region)) put(t, 1);
    else if (others.some((o) => inside(t, o))) put(t, t.role === 'proper' ? 0 : OTHER_REGION_WEIGHT);
    else put(t, CONTEXT_WEIGHT);
  }
  for (const t of neighbour) put(t, NEIGHBOUR_WEIGHT);
  return { weights, names, actors: actorsOf(tokens.filter((t) => inside(t, clause))) };
}
