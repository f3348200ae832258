/**
 * The pure pipeline: documents in, timeline out. STUB of the events issue: one event per dated
 * mention, passage = its sentence, no merging. `events/` replaces the internals, not this signature.
 */
import { TIMELINE_SCHEMA, type Timeline, type TimelineEvent, type UnresolvedMention } from '../schema/timeline';
import { tagDates } from './tagger/tag-dates';
import type { ExtractOptions, Problem, SourceDocument } from './types';

/** Used only to run the tagger on undated documents; anything it resolves relatively is discarded. */
const PLACEHOLDER_REFERENCE = '2000-01-01';

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const s of segmenter.segment(text)) {
    if (at >= s.index && at < s.index + s.segment.length) {
      const trimmed = s.segment.trimEnd();
      return { start: s.index, end: s.index + trimmed.length };
    }
  }
  return { start: at, end: at };
}

export function extractTimeline(docs: SourceDocument[], options: ExtractOptions = {}, problems: Problem[] = []): Timeline {
  const timezone = options.timezone ?? 0;
  const events: TimelineEvent[] = [];
  const unresolved: UnresolvedMention[] = [];
  for (const doc of docs) {
    const mentions = tagDates(doc.text, { date: doc.published ?? PLACEHOLDER_REFERENCE, timezone });
    for (const m of mentions) {
      const mention = { start: m.start, end: m.end, text: m.text };
      if (!doc.published && m.anchoring === 'relative') {
        unresolved.push({ document: doc.id, mention, reason: 'relative date in a document with no publication date' });
        continue;
      }
      if (!m.interval || !m.precision) continue;
      const passage = sentenceAround(doc.text, m.start);
      events.push({
        id: `${doc.id}-${m.start}`,
        label: doc.text.slice(passage.start, passage.end).split(/\s+/).slice(0, 6).join(' '),
        date: { value: m.value, start: m.interval.start, end: m.interval.end, precision: m.precision, approximate: m.approximate },
        sources: [{ document: doc.id, passage, mention, rule: m.rule }],
        salience: 1,
      });
    }
  }
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
