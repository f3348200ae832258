/** A title for a document without one: its first non-blank line, when it is short enough to be a title. */
const MAX_TITLE = 200;

export function firstLineTitle(text: string, strip: (line: string) => string = (line) => line): string | undefined {
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const title = strip(line.trim()).trim();
    if (title) return title.length <= MAX_TITLE ? title : undefined;
  }
  return undefined;
}
