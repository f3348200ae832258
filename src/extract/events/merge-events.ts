/**
 * One event per happening, however many passages tell it.
 *
 * The rule: two dated passages denote the same event when
 *   1. their date intervals are the same, or one lies within the other (the "December 2010" summit
 *      is the one "in 2010"; "on Monday" and "January 10" are one day), AND
 *   2. they share key terms (key-terms.ts), weighted by how rare each term is among all dated
 *      passages: sharing "Geneva" says more than sharing "Russia". The sum must reach
 *      SAME_DATE_EVIDENCE for equal intervals; a coarser date nested in a finer one, or the same
 *      month, quarter or year in two articles, must also share a distinctive proper name
 *      ("Astana", "Founding Act"), since a year holds many happenings, AND
 *   3. they do not have different actors: "Putin said on Tuesday" and "Lavrov commented on Tuesday"
 *      are two events even when they talk about the same thing, AND
 *   4. a period ("from January through June", "since the 1990s") joins only the same period: a
 *      presidency is not the phone call made during it.
 * Within one document the same date written again ("on Monday" ... "on Monday") needs less:
 * an article that repeats a day usually returns to the same occasion, so one shared word of what
 * happened is enough: a common noun of the clauses that hold the two dates, such as "talks" in
 * "talks in Geneva on Monday ended" and "talks on Monday proved". A shared name is not ("Elian"
 * runs through every passage of an article about him). A date the article announces as another
 * happening ("Also on Friday, ...", "Earlier Friday", "Meanwhile") never joins a passage of the
 * same article.
 * A date alone never merges: two passages with nothing in common but the day stay two events.
 *
 * Passages are taken finest date first, so an event's date is the most precise one its passages
 * give, and each coarser passage joins the best-scoring event whose date lies within its own.
 */
import { bisector } from 'd3-array';
import type { EventDate } from '../../schema/timeline';
import type { DatedPassage } from './dated-passage';
import { compareDays, sameInterval, spanDays, within, type Interval } from './event-date';
import type { Rarity } from './term-rarity';

export interface EventCluster {
  date: EventDate;
  members: DatedPassage[];
  /** Everyone named as acting in the event's passages. */
  actors: Set<string>;
  /**
   * One member per distinct match signature (matchSignature), the first of each, at most
   * MAX_COMPARED: the members a new passage is compared with.
   */
  compared: Map<string, DatedPassage>;
  /** The proper names of the compared members: a coarser passage must share one to join. */
  names: Set<string>;
}

/**
 * An event is compared through at most this many of its passages that differ in what the pair
 * rule looks at. News events are told by a few dozen passages at most, so the limit changes
 * nothing there; it keeps a text that tells one happening thousands of times (a generated log, a
 * wire archive) from making every new passage compare with all of them.
 */
export const MAX_COMPARED = 64;

/**
 * Everything pairScore reads of the event's passage: two passages with the same signature score
 * the same against any passage, so only the first of them needs comparing.
 */
function matchSignature(m: DatedPassage): string {
  const weights = [...m.terms.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([m.doc.id, m.another, weights, [...m.terms.names].sort(), [...nounsOfClause(m)].sort()]);
}

/**
 * Summed rarity of shared terms needed to merge passages with the same date: about two terms
 * that few passages use ("talks" and "Geneva"), or one used almost nowhere else plus another.
 */
export const SAME_DATE_EVIDENCE = 3;
/** The same, for a passage whose date is coarser than the event's (plus a distinctive name). */
export const NESTED_DATE_EVIDENCE = 3;

/**
 * Rarity a shared name needs for a coarse date to join a finer event: a name found in at most a
 * quarter of the dated passages ("Geneva", "Astana"), not one most of them mention ("Russia").
 */
const DISTINCTIVE_NAME = Math.log(1 + 4);

/**
 * A passage is compared with at most this many events of exactly its date, the latest first. A
 * news corpus holds far fewer for one date, even thousands of articles on one week of talks (each
 * told happening is one event, however many passages tell it); a text that dates tens of
 * thousands of different happenings to one day (a log, a generated archive) would otherwise
 * compare every passage with all the events before it, quadratic in its length.
 */
export const MAX_SAME_DATE = 1_000;

/** Shared-term evidence between two passages, and the proper names they share. */
export function evidence(a: DatedPassage, b: DatedPassage, rare: Rarity): { score: number; sharedNames: string[] } {
  let score = 0;
  const sharedNames: string[] = [];
  for (const [t, w] of a.terms.weights) {
    const wb = b.terms.weights.get(t);
    if (wb === undefined) continue;
    score += rare(t) * Math.min(w, wb);
    if (a.terms.names.has(t) && b.terms.names.has(t)) sharedNames.push(t);
  }
  return { score, sharedNames };
}

const clauseNouns = new WeakMap<DatedPassage, Set<string>>();

/** Roots of the common nouns in the clause of a passage's date: what happened, not who or where. */
function nounsOfClause(p: DatedPassage): Set<string> {
  let nouns = clauseNouns.get(p);
  if (!nouns) {
    const inClause = p.tokens.filter((t) => t.role === 'noun' && t.start >= p.clause.start && t.end <= p.clause.end);
    clauseNouns.set(p, (nouns = new Set(inClause.map((t) => t.root).filter((r) => p.terms.weights.has(r)))));
  }
  return nouns;
}

const sharesClauseNoun = (a: DatedPassage, b: DatedPassage) => {
  const nb = nounsOfClause(b);
  return [...nounsOfClause(a)].some((n) => nb.has(n));
};

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** The pair rule for a passage and one passage of an event; -1 when they do not match. */
function pairScore(p: DatedPassage, m: DatedPassage, sameDate: boolean, rare: Rarity): number {
  const sameDocument = m.doc.id === p.doc.id;
  if (sameDocument && (p.another || m.another)) return -1;
  const { score, sharedNames } = evidence(p, m, rare);
  if (sameDate) {
    // A month, a quarter, a year hold many happenings: across articles they must share a name too.
    const coarse = !sameDocument && p.date.precision !== 'day' && p.date.precision !== 'week';
    if (score >= SAME_DATE_EVIDENCE && (!coarse || sharedNames.some((n) => rare(n) >= DISTINCTIVE_NAME))) return score;
    const retold = sameDocument && sharesClauseNoun(p, m);
    return retold ? score : -1;
  }
  const distinctive = sharedNames.some((n) => rare(n) >= DISTINCTIVE_NAME);
  return score >= NESTED_DATE_EVIDENCE && distinctive ? score : -1;
}

/**
 * How well `p` matches event `c`: its best match with one of the event's passages. Comparing with
 * passages one by one, not with the union of their words, keeps a large event from swallowing
 * everything that shares a few of its many words. `distinctive`: the names of `p` rare enough to
 * join a finer event through (DISTINCTIVE_NAME).
 */
function acceptable(p: DatedPassage, c: EventCluster, rare: Rarity, distinctive: string[]): number {
  if (disjoint(p.terms.actors, c.actors)) return -1;
  const same = sameInterval(p.date, c.date);
  if (!same && (!within(c.date, p.date) || p.period || c.members.some((m) => m.period))) return -1;
  // A coarser date joins only through a distinctive shared name (pairScore): look before scoring.
  if (!same && !distinctive.some((n) => c.names.has(n))) return -1;
  let best = -1;
  for (const m of c.compared.values()) best = Math.max(best, pairScore(p, m, same, rare));
  return best;
}

function join(c: EventCluster, p: DatedPassage): void {
  c.members.push(p);
  for (const a of p.terms.actors) c.actors.add(a);
  if (c.compared.size < MAX_COMPARED) {
    const key = matchSignature(p);
    if (!c.compared.has(key)) {
      c.compared.set(key, p);
      for (const n of p.terms.names) c.names.add(n);
    }
  }
}

const textOrder = (a: DatedPassage, b: DatedPassage) => a.docIndex - b.docIndex || a.mention.start - b.mention.start;

/**
 * Events by date, so that each passage is compared only with events whose date can match. Events
 * are kept in groups by interval, the groups by start day (the days themselves in a sorted list),
 * so adding one costs two map lookups, not an insertion into one long array.
 */
class EventIndex {
  /** Distinct start days, sorted. */
  private readonly starts: string[] = [];
  /** Events by start day, then by end day, oldest first; offered newest first. */
  private readonly byStart = new Map<string, Map<string, EventCluster[]>>();

  add(c: EventCluster): void {
    let byEnd = this.byStart.get(c.date.start);
    if (!byEnd) {
      this.starts.splice(byDay.left(this.starts, c.date.start), 0, c.date.start);
      this.byStart.set(c.date.start, (byEnd = new Map()));
    }
    const group = byEnd.get(c.date.end);
    if (group) group.push(c);
    else byEnd.set(c.date.end, [c]);
  }

  /** Events of exactly this interval, the latest MAX_SAME_DATE of them, newest first. */
  *same(date: Interval): Iterable<EventCluster> {
    const group = this.byStart.get(date.start)?.get(date.end) ?? [];
    for (let j = group.length - 1; j >= Math.max(0, group.length - MAX_SAME_DATE); j--) yield group[j]!;
  }

  /** Events whose date lies within `outer` and is not `outer` itself. */
  *inside(outer: Interval): Iterable<EventCluster> {
    for (let i = byDay.left(this.starts, outer.start); i < this.starts.length; i++) {
      const start = this.starts[i]!;
      if (compareDays(start, outer.end) >= 0) return;
      for (const [end, group] of this.byStart.get(start)!) {
        if (compareDays(end, outer.end) > 0 || (start === outer.start && end === outer.end)) continue;
        for (let j = group.length - 1; j >= 0; j--) yield group[j]!;
      }
    }
  }
}

const byDay = bisector((day: string, start: string) => compareDays(day, start));

/**
 * A paragraph written again word for word (wire copy repeats its lead) tells the event of its
 * first telling again, whatever the pair rule would make of it. Passages are found by article,
 * date, where the date stands in the passage, length and a hash of the words (keys stay short on
 * a large corpus), then compared word for word.
 */
function toldKey(p: DatedPassage): string {
  const { start, end } = p.passage;
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ p.doc.text.charCodeAt(i), 0x01000193);
  return [p.doc.id, p.date.start, p.date.end, p.mention.start - start, end - start, hash >>> 0].join('\u0000');
}

const sameWords = (a: DatedPassage, b: DatedPassage) =>
  a.doc.text.slice(a.passage.start, a.passage.end) === b.doc.text.slice(b.passage.start, b.passage.end);

export function mergeEvents(passages: DatedPassage[], rare: Rarity): EventCluster[] {
  const span = new Map(passages.map((p) => [p, spanDays(p.date)]));
  const ordered = [...passages].sort((a, b) => span.get(a)! - span.get(b)! || textOrder(a, b));
  const clusters: EventCluster[] = [];
  const index = new EventIndex();
  const told = new Map<string, { first: DatedPassage; event: EventCluster }>();
  for (const p of ordered) {
    const key = toldKey(p);
    const before = told.get(key);
    let best = before && sameWords(before.first, p) ? before.event : null;
    if (!best) {
      let bestScore = -1;
      const distinctive = [...p.terms.names].filter((n) => rare(n) >= DISTINCTIVE_NAME);
      for (const candidates of [index.same(p.date), index.inside(p.date)]) {
        for (const c of candidates) {
          const s = acceptable(p, c, rare, distinctive);
          if (s > bestScore) [best, bestScore] = [c, s];
        }
      }
    }
    if (!best) {
      best = { date: p.date, members: [], actors: new Set(), compared: new Map(), names: new Set() };
      clusters.push(best);
      index.add(best);
    }
    if (!before) told.set(key, { first: p, event: best });
    join(best, p);
  }
  const kept = rejoinMainOccasion(clusters);
  for (const c of kept) c.members.sort(textOrder);
  return kept;
}

/** An article that has told a day in at least this many passages has a main occasion that day. */
export const MAIN_OCCASION_PASSAGES = 3;

/**
 * Second pass, within each article and day: when the article tells one occasion of that day at
 * length (MAIN_OCCASION_PASSAGES or more passages, at least twice as many as the rest) and every
 * other passage it dates to that day stands alone, unlinked to anything, those lone passages
 * return to the main occasion ("What Russia sought on Monday, it did not get", after five
 * passages on Monday's talks). Not when the day holds two told occasions or many loose ones (a
 * wire story of a busy day), nor for a passage announced as another happening or naming another
 * actor.
 */
function rejoinMainOccasion(clusters: EventCluster[]): EventCluster[] {
  const byDocDay = new Map<string, EventCluster[]>();
  for (const c of clusters) {
    for (const docId of new Set(c.members.map((m) => m.doc.id))) {
      const key = `${docId}\u0000${c.date.start}\u0000${c.date.end}`;
      const group = byDocDay.get(key);
      if (group) group.push(c);
      else byDocDay.set(key, [c]);
    }
  }
  const absorbed = new Set<EventCluster>();
  for (const [key, group] of byDocDay) {
    const docId = key.split('\u0000')[0]!;
    const told = (c: EventCluster) => c.members.filter((m) => m.doc.id === docId).length;
    const main = group.filter((c) => told(c) >= MAIN_OCCASION_PASSAGES);
    const lone = group.filter((c) => c.members.length === 1);
    if (main.length !== 1 || lone.length + 1 !== group.length || told(main[0]!) < 2 * lone.length) continue;
    for (const c of lone) {
      const p = c.members[0]!;
      if (p.another || disjoint(p.terms.actors, main[0]!.actors) || absorbed.has(c)) continue;
      join(main[0]!, p);
      absorbed.add(c);
    }
  }
  return clusters.filter((c) => !absorbed.has(c));
}
