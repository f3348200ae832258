/**
 * The timeline file in rows, `sourceline/timeline@2`, which the CLI writes: the model of
 * timeline.ts with every event written as one array of values instead of nested objects that
 * repeat their keys. The benchmark's 10,000 events take 2.6 MB instead of 4.5 MB, and a browser
 * parses arrays of values faster than objects; the reader turns the rows back into event objects
 * while it checks them. Documents, unresolved mentions and problems are few and stay objects.
 *
 * `columns` and `sourceColumns` name the cells. A reader checks them, so that a file with another
 * layout is refused with a message instead of being misread.
 */
import { fail, isCount, isIsoDay, isObject, isOptString, isoDay, isPrecision, item, MAX_ERRORS, nonNegInt, optStr, precision as precisionCheck, root, str, type Path } from './checks';
import { KeptElements, type ElementReader, type ReaderFor } from './line-framed-json';
import type { Precision } from './precision';
import type { EventSource, IsoDay, Timeline, TimelineDocument, TimelineEvent } from './timeline';

export const ROWS_SCHEMA = 'sourceline/timeline@2';

export const EVENT_COLUMNS = ['id', 'label', 'value', 'start', 'end', 'precision', 'approximate', 'salience', 'sources'] as const;

/** `rule` and `comment` may be left off the end of a row: no rule recorded, not a comment. */
export const SOURCE_COLUMNS = ['document', 'passageStart', 'passageEnd', 'mentionStart', 'mentionEnd', 'mentionText', 'rule', 'comment'] as const;

/** `document` is the document's position in `documents`; `comment` is 1 for a reader comment. */
export type SourceRow = [
  document: number,
  passageStart: number,
  passageEnd: number,
  mentionStart: number,
  mentionEnd: number,
  mentionText: string,
  rule?: string | null,
  comment?: 0 | 1,
];

/** `approximate` is 0 or 1; `salience` is null when the event has none. */
export type EventRow = [
  id: string,
  label: string,
  value: string,
  start: IsoDay,
  end: IsoDay,
  precision: Precision,
  approximate: 0 | 1,
  salience: number | null,
  sources: SourceRow[],
];

export interface TimelineRows extends Omit<Timeline, 'schema' | 'events'> {
  schema: typeof ROWS_SCHEMA;
  events: { columns: typeof EVENT_COLUMNS; sourceColumns: typeof SOURCE_COLUMNS; rows: EventRow[] };
}

/** The rows form of a valid timeline (every source names one of its documents). */
export function toRows(timeline: Timeline): TimelineRows {
  const position = new Map(timeline.documents.map((d, k) => [d.id, k]));
  const sourceRow = (s: EventSource): SourceRow => {
    const row: SourceRow = [position.get(s.document) ?? -1, s.passage.start, s.passage.end, s.mention.start, s.mention.end, s.mention.text];
    if (s.comment) row.push(s.rule ?? null, 1);
    else if (s.rule !== undefined) row.push(s.rule);
    return row;
  };
  const rows = timeline.events.map(
    (e): EventRow => [e.id, e.label, e.date.value, e.date.start, e.date.end, e.date.precision, e.date.approximate ? 1 : 0, e.salience ?? null, e.sources.map(sourceRow)],
  );
  return { ...timeline, schema: ROWS_SCHEMA, events: { columns: EVENT_COLUMNS, sourceColumns: SOURCE_COLUMNS, rows } };
}

const sameList = (v: unknown, list: readonly string[]) => Array.isArray(v) && v.length === list.length && list.every((x, i) => v[i] === x);

const ROWS: Path = root('events.rows');

/**
 * The events of a rows file as objects, each cell checked on the way; null after recording what is
 * wrong (paths name the row and the column, e.g. `events.rows[3].start`).
 */
export function fromRows(value: unknown, documents: readonly TimelineDocument[], errors: string[]): TimelineEvent[] | null {
  if (!isObject(value)) {
    fail(errors, () => 'events must be an object with columns, sourceColumns and rows');
    return null;
  }
  if (!sameList(value.columns, EVENT_COLUMNS)) fail(errors, () => `events.columns must be ${JSON.stringify(EVENT_COLUMNS)}`);
  if (!sameList(value.sourceColumns, SOURCE_COLUMNS)) fail(errors, () => `events.sourceColumns must be ${JSON.stringify(SOURCE_COLUMNS)}`);
  const read = value.rows instanceof RowsRead ? value.rows : Array.isArray(value.rows) ? new RowsRead(documents.map((d) => d.id)) : null;
  if (!read) fail(errors, () => 'events.rows must be an array');
  if (errors.length || !read) return null;
  if (read !== value.rows) read.add(value.rows as unknown[]);
  errors.push(...read.errors);
  return errors.length ? null : read.events;
}

/**
 * Event rows turned into events, each checked: all at once by `fromRows`, or batch by batch as a
 * line-framed file arrives (`rowsReader`), with the same events and messages. A batch's rows
 * are garbage as soon as it is read, while they are young; kept until the whole file was in, all
 * 100,000 rows of a large timeline survived into the old generation and were collected there.
 * First draw of 100,000 events, interleaved A/Bs of 9–11 loads each (2026-12-01 22:41–22:44 UTC):
 * 1,055 → 927, 917 → 910 and 1,096 → 967 ms; of 10,000 (25 and 31 loads): 342 → 315 and
 * 380 → 366 ms. `fromRows` takes it in place of the rows array.
 */
export class RowsRead implements ElementReader {
  readonly events: TimelineEvent[] = [];
  readonly errors: string[] = [];
  private count = 0;

  constructor(private readonly ids: readonly string[]) {}

  add(rows: unknown[]): void {
    for (const row of rows) {
      const i = this.count++;
      // Past 20 messages the file is refused anyway: the rest is only counted.
      if (this.errors.length < MAX_ERRORS) this.events.push(eventOf(row, i, this.ids, this.errors));
    }
  }

  result(): RowsRead {
    return this;
  }
}

/** The skeleton lines that open the documents and the event rows, exactly as `toRows` + `stringifyLineFramed` write them. */
const OPENS_DOCUMENTS = /^\{"schema":"sourceline\/timeline@2".*"documents":\[$/;
const OPENS_ROWS = `],"events":{"columns":${JSON.stringify(EVENT_COLUMNS)},"sourceColumns":${JSON.stringify(SOURCE_COLUMNS)},"rows":[`;

/**
 * For `LineFramedParser`: reads a rows file's event rows as `RowsRead`, naming documents by the
 * documents array read before them. Any other array, or rows after another opening, is kept as parsed.
 */
export function rowsReader(): ReaderFor {
  let documents: KeptElements | undefined;
  return (line) => {
    if (OPENS_DOCUMENTS.test(line)) return (documents = new KeptElements());
    if (line !== OPENS_ROWS || !documents) return undefined;
    // Not checked yet: a document without a string id fails validation before these events are used.
    return new RowsRead(documents.elements.map((d) => (d as Partial<TimelineDocument> | null)?.id as string));
  };
}

/**
 * Whether every cell of an event row passes `checkRow`, with the same predicates but no paths and
 * no messages: in a cold page the field checks, and the path closure each row and source took,
 * cost more than building the event (10,000 rows in Node, first run: 43–48 ms with them, 17–20 ms
 * with this). A row it turns down is checked cell by cell, which says what is wrong. The two agree
 * on every row: a property test holds them to it.
 */
export function soundRow(row: unknown, ids: readonly string[]): row is EventRow {
  if (!Array.isArray(row) || row.length !== EVENT_COLUMNS.length) return false;
  const sources = row[8] as unknown;
  if (typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'string' || !isIsoDay(row[3]) || !isIsoDay(row[4])) return false;
  if (!isPrecision(row[5]) || !isFlag(row[6]) || !isSalience(row[7]) || !Array.isArray(sources)) return false;
  for (let j = 0; j < sources.length; j++) if (!soundSource(sources[j], ids)) return false;
  return true;
}

/** `approximate` and `comment` cells. */
const isFlag = (v: unknown): v is 0 | 1 => v === 0 || v === 1;
const isSalience = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));
const isDocument = (v: unknown, ids: readonly string[]): v is number => Number.isInteger(v) && ids[v as number] !== undefined;

function soundSource(value: unknown, ids: readonly string[]): boolean {
  if (!Array.isArray(value) || value.length < 6 || value.length > SOURCE_COLUMNS.length) return false;
  const row = value as unknown[];
  const passageStart = row[1];
  const passageEnd = row[2];
  const mentionStart = row[3];
  const mentionEnd = row[4];
  return (
    isDocument(row[0], ids) && isCount(passageStart) && isCount(passageEnd) && isCount(mentionStart) && isCount(mentionEnd) &&
    passageStart <= passageEnd && mentionStart <= mentionEnd && typeof row[5] === 'string' && isOptString(row[6]) && (row[7] === undefined || isFlag(row[7]))
  );
}

/** Every cell of an event row checked, each failure recorded with its path. */
export function checkRow(value: unknown, p: Path, ids: readonly string[], e: string[]): void {
  const row = (Array.isArray(value) && value.length === EVENT_COLUMNS.length ? value : []) as unknown[];
  if (row.length === 0) return fail(e, () => `${p()} must be an array of ${EVENT_COLUMNS.length} values (${EVENT_COLUMNS.join(', ')})`);
  const [id, label, dateValue, start, end, precision, approximate, salience, sources] = row;
  str(id, p, 'id', e);
  str(label, p, 'label', e);
  str(dateValue, p, 'value', e);
  isoDay(start, p, 'start', e);
  isoDay(end, p, 'end', e);
  precisionCheck(precision, p, 'precision', e);
  if (!isFlag(approximate)) fail(e, () => `${p()}.approximate must be 0 or 1`);
  if (!isSalience(salience)) fail(e, () => `${p()}.salience must be a number or null`);
  if (!Array.isArray(sources)) return fail(e, () => `${p()}.sources must be an array`);
  sources.forEach((source, j) => checkSource(source, () => `${p()}.sources[${j}]`, ids, e));
}

function checkSource(value: unknown, p: Path, ids: readonly string[], e: string[]): void {
  if (!Array.isArray(value) || value.length < 6 || value.length > SOURCE_COLUMNS.length)
    return fail(e, () => `${p()} must be an array of 6 to ${SOURCE_COLUMNS.length} values (${SOURCE_COLUMNS.join(', ')})`);
  const row = value as unknown[];
  const position = row[0];
  if (!isDocument(position, ids)) fail(e, () => `${p()}.document must be the position of a document, 0 to ${ids.length - 1}`);
  for (let k = 1; k <= 4; k++) nonNegInt(row[k], p, SOURCE_COLUMNS[k]!, e);
  if ((row[1] as number) > (row[2] as number)) fail(e, () => `${p()}: the passage starts after it ends`);
  if ((row[3] as number) > (row[4] as number)) fail(e, () => `${p()}: the mention starts after it ends`);
  str(row[5], p, 'mentionText', e);
  optStr(row[6], p, 'rule', e);
  if (!(row[7] === undefined || isFlag(row[7]))) fail(e, () => `${p()}.comment must be 0 or 1`);
}

/** The event a row stands for; its cells are checked first (recorded in `e`), and a failed one leaves the event unused. */
function eventOf(value: unknown, i: number, ids: readonly string[], e: string[]): TimelineEvent {
  if (!soundRow(value, ids)) checkRow(value, item(ROWS, i), ids, e);
  const row = (Array.isArray(value) && value.length === EVENT_COLUMNS.length ? value : []) as unknown[];
  const list = Array.isArray(row[8]) ? (row[8] as unknown[]) : [];
  const sources: EventSource[] = new Array(list.length);
  for (let j = 0; j < list.length; j++) sources[j] = sourceOf(list[j], ids);
  const event: TimelineEvent = {
    id: row[0] as string,
    label: row[1] as string,
    date: { value: row[2] as string, start: row[3] as IsoDay, end: row[4] as IsoDay, precision: row[5] as Precision, approximate: row[6] === 1 },
    sources,
  };
  if (typeof row[7] === 'number') event.salience = row[7];
  return event;
}

function sourceOf(value: unknown, ids: readonly string[]): EventSource {
  const row = (Array.isArray(value) ? value : []) as unknown[];
  const source: EventSource = {
    document: ids[row[0] as number] as string,
    passage: { start: row[1] as number, end: row[2] as number },
    mention: { start: row[3] as number, end: row[4] as number, text: row[5] as string },
  };
  if (typeof row[6] === 'string') source.rule = row[6];
  if (row[7] === 1) source.comment = true;
  return source;
}
