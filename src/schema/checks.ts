import { PRECISIONS, type Precision } from './precision';

/**
 * The building blocks of the timeline file's validation (`timeline.ts` for the object form,
 * `timeline-rows.ts` for the rows form): each check records a readable message with the value's
 * path and builds that message only when the check fails.
 */
export const ISO_DAY = /^[+-]?\d{4,6}-\d{2}-\d{2}$/;
export const MAX_ERRORS = 20;

/**
 * Where a value sits, e.g. `events[3].date.start`. A function, so that the path string is only
 * built for the rare value that fails: a valid 100,000-event timeline builds none.
 */
export type Path = () => string;
export type Check = (value: unknown, path: Path, errors: string[]) => void;

export const at = (p: Path, key: string): Path => () => `${p()}.${key}`;
export const item = (p: Path, i: number): Path => () => `${p()}[${i}]`;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Records a failed check; the message is built only here, for the few values that fail. */
export function fail(errors: string[], message: () => string): void {
  if (errors.length < MAX_ERRORS) errors.push(message());
}

export function expect(cond: boolean, errors: string[], message: () => string): boolean {
  if (!cond) fail(errors, message);
  return cond;
}

/** The value as an object, or null after recording why it is not one. */
export function object(v: unknown, p: Path, e: string[]): Record<string, unknown> | null {
  if (isObject(v)) return v;
  fail(e, () => `${p()} must be an object`);
  return null;
}

/**
 * A field of the object at `p`: the checks of single values take the parent's path and the key, so
 * that a valid field allocates nothing (100,000 events have about two million of them).
 */
export type FieldCheck = (value: unknown, p: Path, key: string, errors: string[]) => void;

export const str: FieldCheck = (v, p, k, e) => {
  if (typeof v !== 'string') fail(e, () => `${p()}.${k} must be a string`);
};
export const isOptString = (v: unknown): v is string | null | undefined => v === undefined || v === null || typeof v === 'string';
export const isIsoDay = (v: unknown): v is string => typeof v === 'string' && ISO_DAY.test(v);
export const isPrecision = (v: unknown): v is Precision => PRECISIONS.includes(v as Precision);

export const optStr: FieldCheck = (v, p, k, e) => {
  if (!isOptString(v)) fail(e, () => `${p()}.${k} must be a string or null`);
};
/** A non-negative integer: an offset or a length. */
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export const nonNegInt: FieldCheck = (v, p, k, e) => {
  if (!isCount(v)) fail(e, () => `${p()}.${k} must be a non-negative integer`);
};
export const isoDay: FieldCheck = (v, p, k, e) => {
  if (!isIsoDay(v)) fail(e, () => `${p()}.${k} must be a YYYY-MM-DD date`);
};
export const precision: FieldCheck = (v, p, k, e) => {
  if (!isPrecision(v)) fail(e, () => `${p()}.${k} must be one of ${PRECISIONS.join(', ')}`);
};

export function span(v: unknown, p: Path, e: string[]): void {
  const s = object(v, p, e);
  if (!s) return;
  nonNegInt(s.start, p, 'start', e);
  nonNegInt(s.end, p, 'end', e);
  if (typeof s.start === 'number' && typeof s.end === 'number')
    if (!(s.start <= s.end)) fail(e, () => `${p()} starts after it ends`);
}

export function arrayOf(v: unknown, p: Path, e: string[], check: Check): void {
  if (!Array.isArray(v)) return fail(e, () => `${p()} must be an array`);
  const list = v as unknown[];
  for (let i = 0; i < list.length && e.length < MAX_ERRORS; i++) check(list[i], item(p, i), e);
}

export const root = (name: string): Path => () => name;
