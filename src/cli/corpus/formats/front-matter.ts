/**
 * Splits YAML front matter from a Markdown file: a first line `---`, the YAML, and a closing line
 * `---` (or `...`). The body is everything after the closing line's line break, exactly as written.
 * Only the fences are found here; the YAML itself is parsed by the `yaml` library.
 */

export interface FrontMatterSplit {
  /** The YAML between the fences, or null when the file has no front matter. */
  yaml: string | null;
  /** Where the body starts in the text. */
  bodyStart: number;
  /** The file opens a front matter block that never closes. */
  unclosed?: boolean;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) return { yaml: null, bodyStart: 0 };
  let lineStart = opening[0].length;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (CLOSING.test(line))
      return { yaml: text.slice(opening[0].length, lineStart), bodyStart: newline === -1 ? text.length : newline + 1 };
    lineStart = lineEnd + 1;
  }
  return { yaml: null, bodyStart: 0, unclosed: true };
}
