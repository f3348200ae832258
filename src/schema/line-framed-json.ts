/**
 * JSON written so that a reader can parse it while it downloads. The text is ordinary JSON: any
 * JSON reader reads it. The only convention is where the newlines go: an array of objects or
 * arrays near the top (the documents, the event rows) is written with one element per line.
 *
 * A reader that gets the text in chunks can then parse each batch of complete element lines as it
 * arrives, while the rest is still on the wire, instead of parsing the whole text after the last
 * byte. On a 2.5 MB timeline of 10,000 events that moves the parse off the critical path of the
 * first draw.
 *
 * The reader never trusts the convention: any text that does not follow it exactly is parsed
 * whole with `JSON.parse` at the end, so its result and its errors are always those of
 * `JSON.parse` on the whole text.
 */

/** Arrays down to this depth (the root is 0) are written one element per line. */
const FRAMED_DEPTH = 2;

export function stringifyLineFramed(value: unknown): string {
  return framed(value, 0) ?? 'null';
}

function framed(value: unknown, depth: number): string | undefined {
  if (depth > FRAMED_DEPTH || value === null || typeof value !== 'object' || 'toJSON' in value) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (!value.some((v) => v !== null && typeof v === 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => JSON.stringify(v) ?? 'null').join(',\n')}\n]`;
  }
  const members: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const text = framed(v, depth + 1);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * Stands in the skeleton for framed array number k: `[PLACEHOLDER + k]`. A string holding a NUL
 * can only be written in JSON as an escape, and a skeleton line with that escape is not trusted
 * (`skeletonLine`), so every placeholder the skeleton parse sees is one of ours.
 */
const PLACEHOLDER = '\u0000framed-array:';
const NUL_ESCAPE = '\\u0000';

/**
 * Outside framed arrays a line-framed text is short: a header, closing brackets. Past this many
 * characters there the text is ordinary JSON, left to the whole parse, rather than a skeleton
 * parsed with a reviver, which is several times slower.
 */
const MAX_SKELETON_CHARS = 1 << 16;

/**
 * Parses line-framed JSON pushed in pieces. `finish` returns what `JSON.parse` of the whole text
 * returns, or throws what it throws.
 *
 * Why it is exact: lines are split only at newlines, which JSON allows only between tokens, and
 * each batch of element lines is parsed as the very substring it is. A batch that does not end
 * with a comma must be the array's last, and the skeleton (everything outside framed arrays, with
 * each array's elements replaced by one placeholder) must parse too. Then the whole text is valid
 * JSON and means the skeleton with the arrays put back.
 *
 * A caller may read a framed array's elements as they arrive rather than keep them as parsed
 * (`ReaderFor`): then `finish` returns the skeleton with what each reader made of its array. Only
 * a text that follows the convention is read so; any other comes whole from `JSON.parse`, its
 * arrays as parsed, and the caller must take both.
 */
export class LineFramedParser {
  /** Every piece, for the whole-text parse when the text does not follow the convention. */
  private readonly pieces: string[] = [];
  private readonly skeleton: string[] = [];
  private readonly arrays: ElementReader[] = [];
  private open: ElementReader | undefined;
  /** Elements of the open array so far. */
  private openCount = 0;
  /** Whether the open array's last batch ended with a comma, so that another element must follow. */
  private expectMore = false;
  /** The pieces of the line not yet ended by a newline. */
  private partialLine: string[] = [];
  private partialChars = 0;
  private framedOk = true;
  private skeletonChars = 0;

  constructor(private readonly readerFor?: ReaderFor) {}

  push(piece: string): void {
    this.pieces.push(piece);
    if (this.framedOk) this.readLines(piece);
  }

  finish(): unknown {
    if (this.framedOk) this.readLines('\n');
    if (this.framedOk && !this.open) {
      const assembled = this.assemble();
      if (assembled.ok) return assembled.value;
    }
    return JSON.parse(this.pieces.join(''));
  }

  private readLines(piece: string): void {
    if (!piece.includes('\n')) {
      // A long element line comes in many pieces: keep them apart rather than rescan their sum.
      this.partialLine.push(piece);
      this.partialChars += piece.length;
      if (!this.open && this.skeletonChars + this.partialChars > MAX_SKELETON_CHARS) this.framedOk = false;
      return;
    }
    const lines = piece.split('\n');
    lines[0] = this.partialLine.join('') + lines[0];
    this.partialLine = [lines.pop() ?? ''];
    this.partialChars = this.partialLine[0]!.length;
    let batch: string[] = [];
    for (const line of lines) {
      if (this.open && !line.startsWith(']')) {
        batch.push(line);
        continue;
      }
      this.parseElements(batch);
      batch = [];
      if (this.open) this.closeArray(line);
      else this.skeletonLine(line);
      if (!this.framedOk) return;
    }
    this.parseElements(batch);
  }

  private skeletonLine(line: string): void {
    this.skeletonChars += line.length;
    if (this.skeletonChars > MAX_SKELETON_CHARS || line.includes(NUL_ESCAPE)) this.framedOk = false;
    this.skeleton.push(line);
    if (line.endsWith('[')) {
      this.open = this.readerFor?.(line) ?? new KeptElements();
      this.openCount = 0;
      this.expectMore = false;
    }
  }

  /** The closing line may open the next framed array: `],"rows":[`. */
  private closeArray(line: string): void {
    if (this.expectMore || !this.open) {
      this.framedOk = false;
      return;
    }
    this.skeleton.push(JSON.stringify(PLACEHOLDER + this.arrays.length));
    this.arrays.push(this.open);
    this.open = undefined;
    this.skeletonLine(line);
  }

  /** One `JSON.parse` per batch: the element lines end with commas, so together they are a list. */
  private parseElements(batch: string[]): void {
    if (batch.length === 0 || !this.open || !this.framedOk) return;
    if (this.openCount > 0 && !this.expectMore) {
      this.framedOk = false;
      return;
    }
    let text = batch.join('\n');
    this.expectMore = text.endsWith(',');
    if (this.expectMore) text = text.slice(0, -1);
    try {
      const elements = JSON.parse(`[${text}]`) as unknown[];
      // Blank lines alone would let "1,\n\n]" through; such text is left to the whole parse.
      if (elements.length === 0) this.framedOk = false;
      this.open.add(elements);
      this.openCount += elements.length;
    } catch {
      this.framedOk = false;
    }
  }

  private assemble(): { ok: true; value: unknown } | { ok: false } {
    try {
      const value: unknown = JSON.parse(this.skeleton.join('\n'), (_key, v: unknown) => {
        if (!Array.isArray(v) || v.length !== 1 || typeof v[0] !== 'string' || !v[0].startsWith(PLACEHOLDER)) return v;
        return this.arrays[Number(v[0].slice(PLACEHOLDER.length))]!.result();
      });
      return { ok: true, value };
    } catch {
      return { ok: false };
    }
  }
}

/**
 * Reads the elements of one framed array, batch by batch in order, as they arrive; `result()`
 * stands for the array in the finished value.
 */
export interface ElementReader {
  add(elements: unknown[]): void;
  result(): unknown;
}

/** How to read the framed array that `openingLine` (the skeleton line ending in `[`) opens; undefined keeps its elements as parsed. */
export type ReaderFor = (openingLine: string) => ElementReader | undefined;

/** The elements as parsed: what a framed array is without a reader. */
export class KeptElements implements ElementReader {
  readonly elements: unknown[] = [];

  add(elements: unknown[]): void {
    for (const element of elements) this.elements.push(element);
  }

  result(): unknown[] {
    return this.elements;
  }
}
