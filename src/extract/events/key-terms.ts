/**
 * Key terms of a dated passage: what it is about, as roots of content words. They decide whether
 * two mentions denote the same happening (merge-events.ts). Words in the date mention's own region
 * (mention-region.ts) weigh 1; words of the regions of the sentence's other dates weigh less, and
 * their names not at all ("Istanbul in 1999 and Astana in 2010": Astana is not 1999's).
 */
import type { Span } from '../../schema/timeline';
import { inside, isMainVerb } from './noun-phrases';
import type { Token } from './sentence-tokens';

export interface KeyTerms {
  /** root → weight in (0, 1]. */
  weights: Map<string, number>;
  /** Roots of proper names (places, people, organisations, named documents). */
  names: Set<string>;
  /** Words of names acting as subject of a verb: "Putin said" → putin; "Savin Corp. reported" → savin. */
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
    'earlier later meanwhile corp inc co ltd plc llc ' +
    'he she they we you i us them him her his their our my your me'
  ).split(' '),
);

const OTHER_REGION_WEIGHT = 0.25;

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

/**
 * Titles and company suffixes inside a name: "President Joseph Estrada", "Savin Corp.". They say
 * what someone is, not who: two presidents are not one actor.
 */
const ROLE_WORD = new Set(
  (
    'president vice prime minister secretary deputy foreign general attorney chairman chief executive ' +
    'spokesman spokeswoman senator sen rep representative gov governor mayor king queen pope ambassador ' +
    'commissioner director dr prof judge justice corp inc co ltd plc llc group company'
  ).split(' '),
);

/**
 * Names that are the subject of a verb where the date's happening is told: "Lavrov again
 * commented", "Crossland closed at $5". Places are not actors ("talks in Geneva ended").
 */
const namePart = (t: Token | undefined) => !!t && t.role === 'proper' && !t.tags.has('Place');

function actorsOf(tokens: Token[]): Set<string> {
  const actors = new Set<string>();
  tokens.forEach((t, i) => {
    if (!namePart(t) || namePart(tokens[i - 1])) return;
    let j = i + 1;
    while (namePart(tokens[j])) j++;
    const name = tokens.slice(i, j).map((x) => x.root).filter((r) => !ROLE_WORD.has(r) && !GENERIC.has(r));
    // "Estrada on Tuesday condemned": adverbs and a date phrase may sit between name and verb.
    while (tokens[j] && (tokens[j]!.tags.has('Adverb') || tokens[j]!.role === 'date' || (tokens[j]!.tags.has('Preposition') && tokens[j + 1]?.role === 'date'))) j++;
    const verb = tokens[j];
    if (isMainVerb(verb)) for (const r of name) actors.add(r);
  });
  return actors;
}

/**
 * @param tokens   tokens of the sentence holding the mention
 * @param region   the mention's own region of that sentence
 * @param others   regions of the sentence's other date mentions
 * @param acting   where the date's happening is told, to find who acted (mention-region.ts)
 * @param shared   a main clause the date shares with others coordinated before it (frontedSeries)
 */
export function keyTerms(tokens: Token[], region: Span, others: Span[], acting: Span, shared?: Span): KeyTerms {
  const weights = new Map<string, number>();
  const names = new Set<string>();
  const put = (t: Token, w: number) => {
    if (!isContent(t) || w <= 0) return;
    for (const r of rootsOf(t)) {
      weights.set(r, Math.max(weights.get(r) ?? 0, w));
      if (t.role === 'proper') names.add(r);
    }
  };
  for (const t of tokens) {
    if (inside(t, region) || (shared && inside(t, shared))) put(t, 1);
    else if (t.role !== 'proper' && others.some((o) => inside(t, o))) put(t, OTHER_REGION_WEIGHT);
  }
  return { weights, names, actors: actorsOf(tokens.filter((t) => inside(t, acting))) };
}
