/**
 * The data that flows through the pure extraction core. No DOM, no fs: these types are the
 * contract between the tagger (mentions), the event builder (events) and the edges (CLI, app).
 */
import type { IsoDay, Precision, Problem } from '../schema/timeline';

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * The moment relative expressions are resolved against: the document's publication date, plus a
 * numeric UTC offset in minutes (chrono ignores named zones; a number makes Node and browsers agree).
 */
export interface ReferenceDate {
  /** `YYYY-MM-DD` or an ISO date-time. */
  date: string;
  /** Minutes east of UTC; 0 by default. */
  timezone: number;
}

/**
 * How a mention's value was obtained. `absolute`: the text alone fixes it ("10 January 2022",
 * "1997"). `relative`: it needed the reference date ("on Monday", "last year", "January 10").
 * `none`: it denotes no calendar interval (durations, sets, "now").
 */
export type Anchoring = 'absolute' | 'relative' | 'none';

/** One date expression found in a text. Offsets are UTF-16 indices into the text as given. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2022-01-10`, `2022-W02`, `199`, `P3D`, `PRESENT_REF`, `XXXX-XX-XX` ... */
  value: string;
  /** Calendar precision of `interval`; null when the mention denotes no interval. */
  precision: Precision | null;
  /** The days the mention denotes, end exclusive; null for durations, sets, present refs. */
  interval: { start: IsoDay; end: IsoDay } | null;
  approximate: boolean;
  anchoring: Anchoring;
  /** Name of the parser/refiner that produced it, e.g. `bare-year`, `chrono:ENMonthNameLittleEndian`. */
  rule: string;
  /**
   * "now", "today", "currently", "at the moment": the speaker's own moment. Valued for TIMEX3, but
   * never a dated event by itself (and not the article's date inside a quote set at another time).
   */
  deictic?: boolean;
  /**
   * "Two years later, NATO expanded": the date a duration leads to from the story's last date
   * (1999 after "in 1997"), at the precision both allow. The mention itself stays the DURATION.
   */
  pointsAt?: { value: string; precision: Precision; interval: { start: IsoDay; end: IsoDay }; anchoring: Anchoring };
}

/** A document as the core sees it: text plus metadata, already decoded by an edge. */
export interface SourceDocument {
  id: string;
  /** Path relative to the corpus root, for messages and display. */
  file: string;
  title: string;
  /** Publication date, `YYYY-MM-DD`, or null when no source gave one. */
  published: IsoDay | null;
  publishedFrom?: 'metadata' | 'front-matter' | 'html-meta' | 'filename' | null;
  url?: string | null;
  author?: string | null;
  /** The text all offsets refer to. */
  text: string;
  /**
   * The syntax the text is written in. Markdown's marks are read past (dates, passages and labels
   * come from its prose, markdown-prose.ts); the text keeps them.
   */
  markup?: 'markdown' | null;
}

export interface ExtractOptions {
  /** UTC offset in minutes used for every document; 0 by default. */
  timezone?: number;
}

export type { Problem };
