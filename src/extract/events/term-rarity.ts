/**
 * How rare a key term is among the timeline's dated passages (smoothed inverse document
 * frequency). Sharing a rare term ("Geneva") is evidence that two passages tell the same thing;
 * sharing a term most passages use ("Russia") is not. Also used to pick the label that names what
 * is particular to an event.
 */
import type { DatedPassage } from './dated-passage';

export type Rarity = (term: string) => number;

/**
 * Passages assumed not to use any given term, on top of the real ones: keeps a term shared by
 * both passages of a two-passage timeline from counting as common as "the".
 */
const BACKGROUND_PASSAGES = 10;

export function termRarity(passages: DatedPassage[]): Rarity {
  const df = new Map<string, number>();
  for (const p of passages) for (const t of p.terms.weights.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = passages.length + BACKGROUND_PASSAGES;
  return (t) => Math.log(1 + n / (df.get(t) ?? 1));
}
