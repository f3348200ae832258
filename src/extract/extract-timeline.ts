/**
 * The pure pipeline: documents in, timeline out.
 *   segment (layout, sentences) → tag dates → dated passages → merge → label, id, salience.
 * Undated documents are tagged too, but every relative mention in them is listed as unresolved.
 */
import { TIMELINE_SCHEMA, type Timeline } from '../schema/timeline';
import { eventsFromMentions } from './events/events-from-mentions';
import { markdownProse } from './segment/markdown-prose';
import { tagDates } from './tagger/tag-dates';
import type { ExtractOptions, Problem, SourceDocument } from './types';

/**
 * Used only to run the tagger on undated documents; unresolved.ts lists every relative mention of
 * such a document instead of keeping what the tagger resolved against this date.
 */
const PLACEHOLDER_REFERENCE = '2000-01-01';

/** What extraction reads: the same offsets, Markdown's marks blanked. The timeline keeps the text as written. */
const proseOf = (doc: SourceDocument): SourceDocument => (doc.markup === 'markdown' ? { ...doc, text: markdownProse(doc.text) } : doc);

export function extractTimeline(docs: SourceDocument[], options: ExtractOptions = {}, problems: Problem[] = []): Timeline {
  const timezone = options.timezone ?? 0;
  const { events, unresolved } = eventsFromMentions(
    docs.map(proseOf).map((doc) => ({ doc, mentions: tagDates(doc.text, { date: doc.published ?? PLACEHOLDER_REFERENCE, timezone }) })),
  );
  return {
    schema: TIMELINE_SCHEMA,
    documents: docs.map((d) => ({
      id: d.id, file: d.file, title: d.title, published: d.published, publishedFrom: d.publishedFrom ?? null,
      url: d.url ?? null, author: d.author ?? null, text: d.text,
      flags: d.published ? [] : ['no-publication-date'],
    })),
    events,
    unresolved,
    problems,
  };
}
