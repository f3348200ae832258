/**
 * The timeline JSON, version 1: the one contract between extraction (CLI) and the viewer (app).
 * The CLI validates before writing, the app validates before drawing; both use `validateTimeline`.
 * Hand-written rather than a schema library so that the viewer bundle stays small.
 */

export const TIMELINE_SCHEMA = 'sourceline/timeline@1';

/** How much of a date is known. Ordered from finest to coarsest in PRECISIONS. */
export type Precision =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

export const PRECISIONS: readonly Precision[] = [
  'day',
  'week',
  'month',
  'quarter',
  'season',
  'half',
  'year',
  'decade',
  'century',
];

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

const ISO_DAY = /^[+-]?\d{4,6}-\d{2}-\d{2}$/;
const MAX_ERRORS = 20;

/**
 * Where a value sits, e.g. `events[3].date.start`. A function, so that the path string is only
 * built for the rare value that fails: a valid 100,000-event timeline builds none.
 */
type Path = () => string;
type Check = (value: unknown, path: Path, errors: string[]) => void;

const at = (p: Path, key: string): Path => () => `${p()}.${key}`;
const item = (p: Path, i: number): Path => () => `${p()}[${i}]`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Records a failed check; the message is built only here, for the few values that fail. */
function fail(errors: string[], message: () => string): void {
  if (errors.length < MAX_ERRORS) errors.push(message());
}

function expect(cond: boolean, errors: string[], message: () => string): boolean {
  if (!cond) fail(errors, message);
  return cond;
}

/** The value as an object, or null after recording why it is not one. */
function object(v: unknown, p: Path, e: string[]): Record<string, unknown> | null {
  if (isObject(v)) return v;
  fail(e, () => `${p()} must be an object`);
  return null;
}

/**
 * A field of the object at `p`: the checks of single values take the parent's path and the key, so
 * that a valid field allocates nothing (100,000 events have about two million of them).
 */
type FieldCheck = (value: unknown, p: Path, key: string, errors: string[]) => void;

const str: FieldCheck = (v, p, k, e) => {
  if (typeof v !== 'string') fail(e, () => `${p()}.${k} must be a string`);
};
const optStr: FieldCheck = (v, p, k, e) => {
  if (!(v === undefined || v === null || typeof v === 'string')) fail(e, () => `${p()}.${k} must be a string or null`);
};
const nonNegInt: FieldCheck = (v, p, k, e) => {
  if (!(Number.isInteger(v) && (v as number) >= 0)) fail(e, () => `${p()}.${k} must be a non-negative integer`);
};
const isoDay: FieldCheck = (v, p, k, e) => {
  if (!(typeof v === 'string' && ISO_DAY.test(v))) fail(e, () => `${p()}.${k} must be a YYYY-MM-DD date`);
};

function span(v: unknown, p: Path, e: string[]): void {
  const s = object(v, p, e);
  if (!s) return;
  nonNegInt(s.start, p, 'start', e);
  nonNegInt(s.end, p, 'end', e);
  if (typeof s.start === 'number' && typeof s.end === 'number')
    if (!(s.start <= s.end)) fail(e, () => `${p()} starts after it ends`);
}

function arrayOf(v: unknown, p: Path, e: string[], check: Check): void {
  if (!Array.isArray(v)) return fail(e, () => `${p()} must be an array`);
  const list = v as unknown[];
  for (let i = 0; i < list.length && e.length < MAX_ERRORS; i++) check(list[i], item(p, i), e);
}

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
  if (!PRECISIONS.includes(d.precision as Precision)) fail(e, () => `${p()}.precision must be one of ${PRECISIONS.join(', ')}`);
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

/** Checks cross-references too: every source names a known document, ids are unique. */
function referencesCheck(t: Record<string, unknown>, e: string[]): void {
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
    const sources = ev.sources as Array<Record<string, unknown>>;
    for (let j = 0; j < sources.length; j++) {
      const s = sources[j]!;
      if (!docIds.has(s.document)) fail(e, () => `events[${i}].sources[${j}].document "${String(s.document)}" is not a known document`);
    }
  }
}

const root = (name: string): Path => () => name;

export function validateTimeline(data: unknown): ValidationResult {
  const errors: string[] = [];
  if (!isObject(data)) return { ok: false, errors: ['the timeline must be a JSON object'] };
  if (data.schema !== TIMELINE_SCHEMA)
    return {
      ok: false,
      errors: [`unsupported schema ${JSON.stringify(data.schema)}: this viewer reads "${TIMELINE_SCHEMA}"`],
    };
  arrayOf(data.documents, root('documents'), errors, documentCheck);
  arrayOf(data.events, root('events'), errors, eventCheck);
  arrayOf(data.unresolved, root('unresolved'), errors, unresolvedCheck);
  arrayOf(data.problems, root('problems'), errors, problemCheck);
  if (errors.length === 0) referencesCheck(data, errors);
  return errors.length === 0 ? { ok: true, timeline: data as unknown as Timeline } : { ok: false, errors };
}
