/**
 * Picks a document's publication date from its candidates, in order of precedence
 * (sidecar > front matter / HTML meta > `YYYY-MM-DD-` file-name prefix). A candidate that is not a
 * real calendar day is reported, naming the file and where the value came from, and the next
 * candidate is tried.
 */
import path from 'node:path';
import type { Problem } from '../../extract/types';
import type { PublishedFrom } from '../../schema/timeline';
import { isRealDay } from '../reference-arg';
import type { DateCandidate } from './types';

const FILENAME_DATE = /^(\d{4}-\d{2}-\d{2})[-_ ]/;
/** `2022-01-10`, or an ISO date-time whose date part is taken as written (the publisher's own day). */
const ISO_DATE_OR_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

export function fileNameDate(file: string): DateCandidate[] {
  const m = FILENAME_DATE.exec(path.basename(file));
  return m ? [{ value: m[1]!, from: 'filename', where: 'the file name prefix' }] : [];
}

/** `YYYY-MM-DD` for an ISO date or date-time that names a real day, else null. */
export function isoDay(value: string): string | null {
  const m = ISO_DATE_OR_TIME.exec(value.trim());
  return m && isRealDay(m[1]!) ? m[1]! : null;
}

export interface Publication {
  published: string | null;
  from: PublishedFrom | null;
}

export function choosePublication(candidates: DateCandidate[], file: string, problems: Problem[]): Publication {
  for (const candidate of candidates) {
    const day = isoDay(candidate.value);
    if (day) return { published: day, from: candidate.from };
    const next = candidate === candidates.at(-1) ? 'no other date source left' : 'trying the next source';
    problems.push({
      file,
      problem: `${candidate.where} gives the date "${candidate.value}", which is not a real YYYY-MM-DD day; ignored (${next})`,
      severity: 'warning',
    });
  }
  return { published: null, from: null };
}
