/**
 * One event per happening, however many passages tell it.
 *
 * The rule: two dated passages denote the same event when
 *   1. their date intervals are the same, or one lies within the other (the "December 2010" summit
 *      is the one "in 2010"; "on Monday" and "January 10" are one day), AND
 *   2. they share key terms (key-terms.ts), weighted by how rare each term is among all dated
 *      passages: sharing "Geneva" says more than sharing "Russia". The sum must reach
 *      SAME_DATE_EVIDENCE for equal intervals; a coarser date nested in a finer one must also share
 *      a distinctive proper name ("Astana", "Geneva"), since a year holds many happenings, AND
 *   3. they do not have different actors: "Putin said on Tuesday" and "Lavrov commented on Tuesday"
 *      are two events even when they talk about the same thing, AND
 *   4. a period ("from January through June", "since the 1990s") joins only the same period: a
 *      presidency is not the phone call made during it.
 * Within one document the same date written again ("on Monday" ... "on Monday") needs less
 * evidence (SAME_DOCUMENT_EVIDENCE): an article that repeats a day usually returns to the same
 * occasion, but still at least one shared, not-too-common term.
 * A date alone never merges: two passages with nothing in common but the day stay two events.
 *
 * Passages are taken finest date first, so an event's date is the most precise one its passages
 * give, and each coarser passage joins the best-scoring event whose date lies within its own.
 */
import type { EventDate } from '../../schema/timeline';
import type { DatedPassage } from './dated-passage';
import { compareDays, sameInterval, spanDays, within } from './event-date';
import type { Rarity } from './term-rarity';

export interface EventCluster {
  date: EventDate;
  members: DatedPassage[];
  weights: Map<string, number>;
  names: Set<string>;
  actors: Set<string>;
}

/**
 * Summed rarity of shared terms needed to merge passages with the same date: about two terms
 * that few passages use ("talks" and "Geneva"), or one used almost nowhere else plus another.
 */
export const SAME_DATE_EVIDENCE = 3;
/** The same date again in the same document: one shared term that is not everywhere. */
export const SAME_DOCUMENT_EVIDENCE = 1.5;
/** The same, for a passage whose date is coarser than the event's (plus a distinctive name). */
export const NESTED_DATE_EVIDENCE = 3;

/**
 * Rarity a shared name needs for a coarse date to join a finer event: a name found in at most a
 * quarter of the dated passages ("Geneva", "Astana"), not one most of them mention ("Russia").
 */
const DISTINCTIVE_NAME = Math.log(1 + 4);


export function evidence(p: DatedPassage, c: EventCluster, rare: Rarity): { score: number; sharedNames: string[] } {
  let score = 0;
  const sharedNames: string[] = [];
  for (const [t, w] of p.terms.weights) {
    const wc = c.weights.get(t);
    if (wc === undefined) continue;
    score += rare(t) * Math.min(w, wc);
    if (p.terms.names.has(t) && c.names.has(t)) sharedNames.push(t);
  }
  return { score, sharedNames };
}

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

function acceptable(p: DatedPassage, c: EventCluster, rare: Rarity): number {
  if (disjoint(p.terms.actors, c.actors)) return -1;
  const same = sameInterval(p.date, c.date);
  if (!same && (!within(c.date, p.date) || p.period || c.members.some((m) => m.period))) return -1;
  const { score, sharedNames } = evidence(p, c, rare);
  const sameDocument = c.members.some((m) => m.doc.id === p.doc.id);
  if (same) return score >= (sameDocument ? SAME_DOCUMENT_EVIDENCE : SAME_DATE_EVIDENCE) ? score : -1;
  const distinctive = sharedNames.some((n) => rare(n) >= DISTINCTIVE_NAME);
  return score >= NESTED_DATE_EVIDENCE && distinctive ? score : -1;
}

function join(c: EventCluster, p: DatedPassage): void {
  c.members.push(p);
  for (const [t, w] of p.terms.weights) c.weights.set(t, Math.max(c.weights.get(t) ?? 0, w));
  for (const n of p.terms.names) c.names.add(n);
  for (const a of p.terms.actors) c.actors.add(a);
}

const textOrder = (a: DatedPassage, b: DatedPassage) => a.docIndex - b.docIndex || a.mention.start - b.mention.start;

/** Events by date, so that each passage is compared only with events whose date can match. */
class EventIndex {
  /** Sorted by date start. */
  private readonly byStart: EventCluster[] = [];

  add(c: EventCluster): void {
    this.byStart.splice(this.firstFrom(c.date.start), 0, c);
  }

  /** Events whose date lies within `outer` (equal included). */
  *within(outer: { start: string; end: string }): Iterable<EventCluster> {
    for (let i = this.firstFrom(outer.start); i < this.byStart.length; i++) {
      const c = this.byStart[i]!;
      if (compareDays(c.date.start, outer.end) >= 0) return;
      if (compareDays(c.date.end, outer.end) <= 0) yield c;
    }
  }

  private firstFrom(start: string): number {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareDays(this.byStart[mid]!.date.start, start) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export function mergeEvents(passages: DatedPassage[], rare: Rarity): EventCluster[] {
  const ordered = [...passages].sort((a, b) => spanDays(a.date) - spanDays(b.date) || textOrder(a, b));
  const clusters: EventCluster[] = [];
  const index = new EventIndex();
  for (const p of ordered) {
    let best: EventCluster | null = null;
    let bestScore = -1;
    for (const c of index.within(p.date)) {
      const s = acceptable(p, c, rare);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    if (!best) {
      best = { date: p.date, members: [], weights: new Map(), names: new Set(), actors: new Set() };
      clusters.push(best);
      index.add(best);
    }
    join(best, p);
  }
  for (const c of clusters) c.members.sort(textOrder);
  return clusters;
}
