/**
 * The prose of a Markdown text, for reading only: every mark of Markdown syntax (emphasis, link
 * targets, heading and quote marks, bullets, code fences, inline HTML) becomes spaces of the same
 * length, so offsets found in the prose are offsets into the text as written. Without it a label
 * reads "Talks **ended**" or "Reuters https", and a link's URL can hold a "date" (/2022/01/10/).
 * Line breaks are kept, so paragraphs and sentences split where they did.
 */

const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/** Whole lines that carry no prose: code fences and what they hold, rules, link definitions, table rules. */
const FENCE = /^ {0,3}(```|~~~)/;
const NON_PROSE_LINE = [
  /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/, // --- *** ___
  /^ {0,3}=+[ \t]*$/, // a setext heading's underline
  /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/, // [id]: https://...
  /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/, // | --- | :-: |
];

/**
 * Marks inside a line, blanked wherever they stand; the groups of a pattern that are prose stay.
 * Every run between brackets is bounded: an unclosed "[" or "<" then costs a bounded look ahead,
 * not a scan to the end of a megabyte-long line from each of its thousands of brackets.
 */
const INLINE: [RegExp, (match: string, ...groups: string[]) => string][] = [
  [/!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)/g, blank], // an image: its alt text describes a picture, not the story
  [/\[([^\]\n]{1,300})\]\([^)\n]{0,1000}\)/g, (m, text) => ` ${text}${blank(m.slice(text.length + 1))}`], // [text](url)
  [/\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]/g, (m, text) => ` ${text}${blank(m.slice(text.length + 1))}`], // [text][id]
  [/<(?:https?:|mailto:)[^>\s]{1,1000}>|<\/?[A-Za-z][^>\n]{0,1000}>/g, blank], // <https://...>, inline HTML
  [/\\(?=[\\`*_{}[\]()#+\-.!|~<>])/g, blank], // the backslash of an escape
  [/\*+|~~|`+/g, blank], // emphasis, strikethrough, inline code marks (the code itself stays)
  [/(?<![\p{L}\p{N}])_+(?=\S)|(?<=\S)_+(?![\p{L}\p{N}])/gu, blank], // _emphasis_, not snake_case
];

/** Marks at the start (or end) of a line: headings, block quotes, bullets, table pipes. */
const LINE_MARKS: [RegExp, (match: string) => string][] = [
  [/^ {0,3}(?:>[ \t]?)+/, blank],
  [/^ {0,3}#{1,6}(?=[ \t]|$)|[ \t]#+[ \t]*$/g, blank],
  [/^[ \t]*[-*+](?=[ \t])/, blank],
  [/^[ \t]*\||\|[ \t]*$|(?<=[ \t])\|(?=[ \t])/g, blank],
];

function proseLine(line: string): string {
  if (NON_PROSE_LINE.some((re) => re.test(line))) return blank(line);
  let out = line;
  for (const [re, replace] of LINE_MARKS) out = out.replace(re, replace);
  for (const [re, replace] of INLINE) out = out.replace(re, replace as (match: string) => string);
  return out;
}

export function markdownProse(text: string): string {
  let fenced: string | null = null;
  return text.replace(/[^\r\n]*/g, (line) => {
    const fence = FENCE.exec(line)?.[1] ?? null;
    if (fenced !== null) {
      if (fence === fenced) fenced = null;
      return blank(line);
    }
    if (fence !== null) {
      fenced = fence;
      return blank(line);
    }
    return proseLine(line);
  });
}
