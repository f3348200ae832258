/**
 * The shape both sides of a TempEval-3 comparison share: a TIMEX3 as a span of a document's text
 * with its `type` and `value` attributes.
 */
export interface Timex {
  /** UTF-16 offset into the document text (tags removed, entities unescaped). */
  start: number;
  /** Exclusive end offset. */
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A gold annotation keeps its TimeML id so misses can be traced back to the file. */
export interface GoldTimex extends Timex {
  tid: string;
}

/** One TimeML document: the text the offsets refer to, its creation time and its gold timexes. */
export interface TimemlDocument {
  /** File name without extension, e.g. `APW19980807.0261`. */
  id: string;
  /** The DCT's TIMEX3 value, e.g. `1998-08-07` or `1998-02-27T12:00`. */
  dct: string;
  text: string;
  timexes: GoldTimex[];
}
