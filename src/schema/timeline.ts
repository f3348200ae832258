/**
 * The timeline: the one contract between extraction (CLI) and the viewer (app). This module
 * defines the model (the object form, which is also the file `sourceline/timeline@1`) and
 * `validateTimeline`, which reads either file form: the object form, or the rows form
 * `sourceline/timeline@2` (timeline-rows.ts) that the CLI writes. The CLI validates before writing,
 * the app validates before drawing. Hand-written rather than a schema library so that the viewer
 * bundle stays small.
 */
import { arrayOf, at, expect, fail, isObject, isoDay, object, optStr, precision, root, span, str, type Check } from './checks';
import { PRECISIONS, type Precision } from './precision';
import { fromRows, ROWS_SCHEMA } from './timeline-rows';

export { PRECISIONS, type Precision };

export const TIMELINE_SCHEMA = 'sourceline/timeline@1';

/** `YYYY-MM-DD`, with a signed, wider year for dates outside 0000–9999 (ISO 8601 expanded). */
export type IsoDay = string;

export interface EventDate {
  /** TIMEX3 value: `2022-01-10`, `2022-01`, `1997`, `199`, `2022-W02`, ... */
  value: string;
  /** First day of the interval. */
  start: IsoDay;
  /** Day after the last day of the interval (exclusive). */
  end: IsoDay;
  precision: Precision;
  /** "the late 1990s", "around 2010", "early January": the bounds are not sharp. */
  approximate: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface MentionRef extends Span {
  text: string;
}

export interface EventSource {
  /** Document id. */
  document: string;
  /** Offsets (UTF-16) into the document text. */
  passage: Span;
  /** The date mention inside the passage, offsets into the document text. */
  mention: MentionRef;
  /** The passage is a reader comment, not the article. */
  comment?: boolean;
  /** Which tagger rule produced the date. */
  rule?: string;
}

export interface TimelineEvent {
  id: string;
  label: string;
  date: EventDate;
  sources: EventSource[];
  /** Higher means more worth showing when zoomed out. */
  salience?: number;
}

export type PublishedFrom = 'metadata' | 'front-matter' | 'html-meta' | 'filename';

export interface TimelineDocument {
  id: string;
  file: string;
  title: string;
  published: IsoDay | null;
  publishedFrom?: PublishedFrom | null;
  url?: string | null;
  author?: string | null;
  /** The text the offsets refer to. */
  text?: string;
  /** Reasons this document needs a reader's attention, e.g. `no-publication-date`. */
  flags?: string[];
}

export interface UnresolvedMention {
  document: string;
  mention: MentionRef;
  reason: string;
}

export interface Problem {
  file: string;
  problem: string;
  severity: 'error' | 'warning';
}

export interface Timeline {
  schema: typeof TIMELINE_SCHEMA;
  generated?: string;
  documents: TimelineDocument[];
  events: TimelineEvent[];
  unresolved: UnresolvedMention[];
  problems: Problem[];
}

export type ValidationResult =
  | { ok: true; timeline: Timeline }
  | { ok: false; errors: string[] };


const documentCheck: Check = (v, p, e) => {
  const d = object(v, p, e);
  if (!d) return;
  str(d.id, p, 'id', e);
  str(d.file, p, 'file', e);
  str(d.title, p, 'title', e);
  if (d.published !== null) isoDay(d.published, p, 'published', e);
  optStr(d.url, p, 'url', e);
  optStr(d.text, p, 'text', e);
};

const dateCheck: Check = (v, p, e) => {
  const d = object(v, p, e);
  if (!d) return;
  str(d.value, p, 'value', e);
  isoDay(d.start, p, 'start', e);
  isoDay(d.end, p, 'end', e);
  precision(d.precision, p, 'precision', e);
  if (typeof d.approximate !== 'boolean') fail(e, () => `${p()}.approximate must be true or false`);
};

const mentionCheck: Check = (v, p, e) => {
  span(v, p, e);
  if (isObject(v)) str(v.text, p, 'text', e);
};

const sourceCheck: Check = (value, p, e) => {
  const v = object(value, p, e);
  if (!v) return;
  str(v.document, p, 'document', e);
  span(v.passage, at(p, 'passage'), e);
  mentionCheck(v.mention, at(p, 'mention'), e);
};

const eventCheck: Check = (value, p, e) => {
  const v = object(value, p, e);
  if (!v) return;
  str(v.id, p, 'id', e);
  str(v.label, p, 'label', e);
  dateCheck(v.date, at(p, 'date'), e);
  arrayOf(v.sources, at(p, 'sources'), e, sourceCheck);
  if (v.salience !== undefined && !(typeof v.salience === 'number' && Number.isFinite(v.salience)))
    fail(e, () => `${p()}.salience must be a number`);
};

const unresolvedCheck: Check = (value, p, e) => {
  const v = object(value, p, e);
  if (!v) return;
  str(v.document, p, 'document', e);
  mentionCheck(v.mention, at(p, 'mention'), e);
  str(v.reason, p, 'reason', e);
};

const problemCheck: Check = (value, p, e) => {
  const v = object(value, p, e);
  if (!v) return;
  str(v.file, p, 'file', e);
  str(v.problem, p, 'problem', e);
  expect(v.severity === 'error' || v.severity === 'warning', e, () => `${p()}.severity must be "error" or "warning"`);
};

/**
 * Checks cross-references too: every source names a known document, ids are unique. A rows file's
 * sources name their document by a position fromRows has already checked (`sourcesResolved`), so
 * only the ids are left to check there.
 */
function referencesCheck(t: Record<string, unknown>, e: string[], sourcesResolved: boolean): void {
  const docs = t.documents as Array<Record<string, unknown>>;
  const docIds = new Set(docs.map((d) => d.id));
  expect(docIds.size === docs.length, e, () => 'documents: ids must be unique');
  const events = t.events as Array<Record<string, unknown>>;
  const eventIds = new Set<unknown>();
  // Plain loops, and a message closure only for a failure: this runs once per event and source.
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (eventIds.has(ev.id)) fail(e, () => `events[${i}].id "${String(ev.id)}" is used twice`);
    eventIds.add(ev.id);
    if (sourcesResolved) continue;
    const sources = ev.sources as Array<Record<string, unknown>>;
    for (let j = 0; j < sources.length; j++) {
      const s = sources[j]!;
      if (!docIds.has(s.document)) fail(e, () => `events[${i}].sources[${j}].document "${String(s.document)}" is not a known document`);
    }
  }
}

/** The events of either file form as objects, or null after recording why they cannot be read. */
function eventsOf(data: Record<string, unknown>, errors: string[]): unknown {
  arrayOf(data.documents, root('documents'), errors, documentCheck);
  if (data.schema === TIMELINE_SCHEMA) {
    arrayOf(data.events, root('events'), errors, eventCheck);
    return data.events;
  }
  // The rows name their document by position, so the documents must be sound first.
  return errors.length ? null : fromRows(data.events, data.documents as TimelineDocument[], errors);
}

export function validateTimeline(data: unknown): ValidationResult {
  if (!isObject(data)) return { ok: false, errors: ['the timeline must be a JSON object'] };
  if (data.schema !== TIMELINE_SCHEMA && data.schema !== ROWS_SCHEMA)
    return {
      ok: false,
      errors: [`unsupported schema ${JSON.stringify(data.schema)}: this viewer reads "${TIMELINE_SCHEMA}" and "${ROWS_SCHEMA}"`],
    };
  const errors: string[] = [];
  const events = eventsOf(data, errors);
  arrayOf(data.unresolved, root('unresolved'), errors, unresolvedCheck);
  arrayOf(data.problems, root('problems'), errors, problemCheck);
  // In memory every timeline is the object form, whichever form the file had.
  const timeline = data.schema === ROWS_SCHEMA ? { ...data, schema: TIMELINE_SCHEMA, events } : data;
  if (errors.length === 0) referencesCheck(timeline, errors, data.schema === ROWS_SCHEMA);
  return errors.length === 0 ? { ok: true, timeline: timeline as unknown as Timeline } : { ok: false, errors };
}
