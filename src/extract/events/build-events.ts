/** Merged clusters of dated passages → the `events` of the timeline JSON, in date order. */
import type { EventSource, TimelineEvent } from '../../schema/timeline';
import type { DatedPassage } from './dated-passage';
import { compareDays } from './event-date';
import { eventIds } from './event-id';
import { labelEvent } from './event-label';
import type { EventCluster } from './merge-events';
import { salience } from './salience';
import type { Rarity } from './term-rarity';

function sourceOf(p: DatedPassage): EventSource {
  const { mention: m } = p;
  const source: EventSource = {
    document: p.doc.id,
    passage: { start: p.passage.start, end: p.passage.end },
    mention: { start: m.start, end: m.end, text: m.text },
    rule: m.rule,
  };
  if (p.comment) source.comment = true;
  return source;
}

/**
 * Two mentions in one passage ("on Monday ... on Monday") tell the event once, and so does a
 * paragraph a page repeats word for word (wire copy often repeats its lead).
 */
function distinctPassages(members: DatedPassage[]): DatedPassage[] {
  const seen = new Set<string>();
  return members.filter((p) => {
    const key = `${p.doc.id}\u0000${p.doc.text.slice(p.passage.start, p.passage.end)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildEvents(clusters: EventCluster[], rare: Rarity): TimelineEvent[] {
  const ordered = [...clusters].sort(
    (a, b) =>
      compareDays(a.date.start, b.date.start) ||
      compareDays(a.date.end, b.date.end) ||
      a.members[0]!.docIndex - b.members[0]!.docIndex ||
      a.members[0]!.mention.start - b.members[0]!.mention.start,
  );
  const labels = ordered.map((c) => labelEvent(c.members, rare));
  const ids = eventIds(ordered.map((c, i) => [c.date.value, labels[i]!]));
  return ordered.map((c, i) => ({
    id: ids[i]!,
    label: labels[i]!,
    date: { ...c.date },
    sources: distinctPassages(c.members).map(sourceOf),
    salience: salience({
      documents: new Set(c.members.map((m) => m.doc.id)).size,
      passages: distinctPassages(c.members).length,
      precision: c.date.precision,
      approximate: c.date.approximate,
      commentsOnly: c.members.every((m) => m.comment),
    }),
  }));
}
