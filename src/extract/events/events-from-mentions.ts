/**
 * Tagged documents → events and unresolved mentions: dated passages, merged, labelled. Separate
 * from the tagger so the event rules can be exercised on hand-made mentions.
 */
import type { TimelineEvent, UnresolvedMention } from '../../schema/timeline';
import { segmentDocument } from '../segment/segment-document';
import type { DateMention, SourceDocument } from '../types';
import { buildEvents } from './build-events';
import { datedPassages, type DatedPassage } from './dated-passage';
import { joinDateRanges } from './date-range';
import { mergeEvents } from './merge-events';
import type { TokenCache } from './sentence-tokens';
import { termRarity } from './term-rarity';

export interface TaggedDocument {
  doc: SourceDocument;
  mentions: DateMention[];
}

export function eventsFromMentions(tagged: TaggedDocument[]): { events: TimelineEvent[]; unresolved: UnresolvedMention[] } {
  const passages: DatedPassage[] = [];
  const unresolved: UnresolvedMention[] = [];
  const tokenCache: TokenCache = new Map();
  tagged.forEach(({ doc, mentions }, i) => {
    const found = datedPassages(segmentDocument(doc), i, joinDateRanges(doc.text, mentions), tokenCache);
    // Not push(...found.passages): a huge document has more passages than a call has arguments.
    for (const p of found.passages) passages.push(p);
    for (const u of found.unresolved) unresolved.push(u);
  });
  const rare = termRarity(passages);
  return { events: buildEvents(mergeEvents(passages, rare), rare), unresolved };
}
