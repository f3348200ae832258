/**
 * How much an event deserves a place when the viewer is zoomed out and cannot show everything.
 * Told by more documents counts most (independent sources), more passages a little (repetition
 * within one article is emphasis, not confirmation), a precise date more than a vague one (a day
 * can be drawn as a point, a decade only as a band), and an event told only in reader comments
 * least. The score is comparable across events of one timeline, not across timelines.
 */
import type { Precision } from '../../schema/timeline';

const PRECISION_WEIGHT: Record<Precision, number> = {
  day: 1,
  week: 0.9,
  month: 0.85,
  quarter: 0.75,
  season: 0.75,
  half: 0.7,
  year: 0.7,
  decade: 0.5,
  century: 0.4,
};

export interface SalienceInput {
  documents: number;
  passages: number;
  precision: Precision;
  approximate: boolean;
  /** Every passage is a reader comment. */
  commentsOnly: boolean;
}

export function salience(e: SalienceInput): number {
  const told = e.documents + 0.25 * Math.log2(Math.max(1, e.passages - e.documents + 1));
  const score =
    told * PRECISION_WEIGHT[e.precision] * (e.approximate ? 0.9 : 1) * (e.commentsOnly ? 0.3 : 1);
  return Math.round(score * 1000) / 1000;
}
