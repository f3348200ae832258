/**
 * Lines that belong to the page around an article rather than to the article: blog footers,
 * share/like widgets, comment-section headers and the chrome around each reader comment. The
 * patterns are the stock phrases of blogging platforms (WordPress, Blogger, Medium-like themes),
 * matched against a whole trimmed line so that the same words inside a sentence never trigger.
 */

/** Longer lines are prose, whatever words they contain. */
const MAX_CHROME_LINE = 90;

/** Starts the page footer: nothing after it is article text (comments may still follow). */
const FOOTER_START = [
  /^share this:?$/i,
  /^like this:?$/i,
  /^related( posts| articles)?:?$/i,
  /^leave a (reply|comment)( cancel reply)?$/i,
  /^post navigation$/i,
  /^(create a free website or blog|blog|website powered|powered) (at|by) wordpress(\.com)?\.?$/i,
  /^blog at wordpress\.com\.?$/i,
  /^proudly powered by\b/i,
  /^design a site like this with wordpress\.com$/i,
  /^%d bloggers like this:?$/i,
  /^fill in your details below or click an icon to log in:?$/i,
  /^(previous|next) (post|article)\b/i,
  /^copyright\b|^©/i,
  /^privacy (&|and) cookies\b/i,
];

/**
 * One-line widgets that may sit inside an article (a newsletter box, a tag line): chrome
 * themselves, but the article may go on after them.
 */
const INLINE_WIDGET = [
  /^(posted|filed) (in|under)\b/i,
  /^(tagged|tags|categories|category)\b:?/i,
  /^subscribe\b/i,
  /^(advertisement|sponsored|read more|continue reading)\b/i,
];

/** "12 thoughts on “Title”", "One response to ...", "3 Comments", "Comments (4)". */
const COMMENT_HEADER = [
  /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (thoughts?|comments?|responses?|replies|reactions?) (on|to)\b/i,
  /^(\d+ )?comments?( \(\d+\))?:?$/i,
  /^(\d+ )?responses?:?$/i,
];

/** Widgets and metadata around each comment: not text anyone wrote about the topic. */
const COMMENT_CHROME = [
  /^(reply|like|liked by\b.*|log in to reply|report( comment)?|add yours|leave a comment|loading\.{0,3}|\(?edit\)?)$/i,
  /^(posted|published|updated)( on| at)?\b.{0,60}$/i,
  /^you are commenting using your\b/i,
  /^(connecting to %s|cancel|notify me of\b.*|email \(required\).*|name \(required\).*|website)$/i,
  /^(wordpress\.com logo|twitter picture|facebook photo|google photo|up ↑|get started|follow)$/i,
];

/** A commenter's byline: "Jane Doe says:". Only in comments: in an article, "Lavrov said:" opens a quote. */
const COMMENT_BYLINE = /^.{1,60}\s(says|said|wrote):?$/i;

/** A line that is only a timestamp: "January 12, 2022 at 3:45 pm", "12/01/2022 14:05". */
const TIMESTAMP_LINE =
  /^(on )?([a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?)?$/i;

/**
 * A wire story's dateline on a line of its own: "WASHINGTON, August 8 (Xinhua) --", "BUFFALO,
 * N.Y. (AP) _", "NEW YORK, Oct. 3 --". Its date is the story's own, which the metadata already
 * gives; the line tells of no happening. A place in capitals, maybe a region, then a date or an
 * agency in parentheses (one at least), and the dash that opens the story.
 */
const DATELINE =
  /^[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2})?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?(?:\s*\([A-Za-z][A-Za-z .&-]{1,30}\))?\s*(?:--|—|–|_|-|:)?$/;

const matchesAny = (line: string, patterns: RegExp[]) => patterns.some((p) => p.test(line));
const short = (line: string) => line.length <= MAX_CHROME_LINE;

export function isDateline(line: string): boolean {
  return short(line) && /\d|\(/.test(line) && DATELINE.test(line);
}

export function isFooterStart(line: string): boolean {
  return short(line) && matchesAny(line, FOOTER_START);
}

export function isCommentHeader(line: string): boolean {
  return line.length <= 300 && matchesAny(line, COMMENT_HEADER);
}

/** Chrome of the page or of a comment: timestamps, reply/like links, form labels, inline widgets. */
export function isChrome(line: string): boolean {
  return short(line) && (matchesAny(line, COMMENT_CHROME) || matchesAny(line, INLINE_WIDGET) || TIMESTAMP_LINE.test(line));
}

/** Chrome around one reader comment: a byline, or any page chrome. */
export function isCommentChrome(line: string): boolean {
  return isChrome(line) || (short(line) && COMMENT_BYLINE.test(line));
}

/** A numbered list item ("  1. ", "2) "), the shape scraped comment threads take. */
export function listItemNumber(rawLine: string): { number: number; indented: boolean } | null {
  const m = /^(\s*)(\d{1,3})[.)]\s+\S/.exec(rawLine);
  return m ? { number: Number(m[2]), indented: m[1]!.length > 0 } : null;
}
