/**
 * Where in a sentence a date can be: windows around trigger words (month and weekday names, time
 * units, "now", "ago", year-like numbers, clock times ...). Chrono's patterns are tried at every
 * character of what they are given, so handing it only these windows rather than every sentence
 * is what makes the tagger fast; the windows are wide enough to hold any expression around its
 * trigger and the verbs the tense refiner reads.
 */
import type { Chunk } from './chunk-text';

/** Characters of context kept on each side of a trigger. */
const REACH = 35;
/** Longest window handed to chrono; longer merged runs are cut at a space. */
const MAX_WINDOW = 1200;

const WORDS = [
  'jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sept?(?:ember)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?',
  'mon(?:day)?', 'tue(?:s|sday)?', 'wed(?:nesday)?', 'thu(?:rs?|rsday)?', 'fri(?:day)?', 'sat(?:urday)?', 'sun(?:day)?', '(?:mon|tues|wednes|thurs|fri|satur|sun)days',
  'years?', 'yrs?', 'months?', 'fortnights?', 'weeks?', 'weekends?', 'days?', 'hours?', 'hrs?', 'minutes?', 'mins?', 'seconds?', 'quarters?', 'decades?', 'century', 'centuries', 'half',
  'today', 'tonight', 'tomorrow', 'yesterday', 'overnight', 'now', 'current(?:ly)?', 'recent(?:ly)?', 'lately', 'soon', 'nowadays', 'presently', 'present', 'moment', 'future', 'past', 'ago',
  'spring', 'summer', 'fall', 'autumn', 'winter', 'morning', 'afternoon', 'evening', 'night', 'noon', 'midday', 'midnight', "o['’]clock",
  'term', 'later\\s+date', 'at\\s+present', '(?:latest|comparable|corresponding|same|previous|prior)\\s+period', 'daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'annually', 'yearly', 'hourly', 'nightly', 'biweekly', 'bimonthly',
  '(?:twen|thir|for|fif|six|seven|eigh|nine)ties', 'nineteen', 'eighteen', 'seventeen', 'thousand', 'year-end', 'fy',
  'christmas', 'thanksgiving', 'easter', 'halloween', 'independence', 'valentine',
  'bce?', 'b\\.c', 'ad', 'a\\.d', 'ce', // eras: "300 BC", "AD 79"
];

/** Number shapes that can be (part of) a date or time; plain counts and prices are not triggers. */
const NUMBERS = [
  '(?<!\\d)(?:1\\d|20)\\d\\d(?!\\d)', // a year
  '\\d{1,2}:\\d\\d', // a clock time
  '\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?(?!\\d)', // numeric dates
  '\\d\\s*[ap]\\.?m\\b', // 5 pm
  "['’]\\d\\d(?!\\d)", // the '90s, in '98
  '\\b(?:early|late)\\s+\\d0s\\b', // the late 80s
  '\\d{3}0s', // 1990s
  '\\d(?:st|nd|rd|th)\\b', // 10th
  '\\bQ[1-4]\\b',
  '\\bH[12]\\b',
  '\\b[1-4]Q\\d\\d', // 3Q23
  '\\b[12]H\\d\\d', // 2H23
];

/** Lower-case spellings that are ordinary words far more often than dates ("may", "second"). */
const COMMON_WORDS = new Set(['ad', 'ce', 'bc', 'bce', 'may', 'march', 'sun', 'sat', 'wed', 'mon', 'second', 'dec', 'present', 'jan', 'mar', 'jun', 'aug']);

const TRIGGER = new RegExp(`\\b(?:${WORDS.join('|')})\\b|${NUMBERS.join('|')}`, 'gi');

/** The windows of `chunk` that may hold dates, as chunks of the same text. */
export function triggerWindows(chunk: Chunk): Chunk[] {
  const text = chunk.text;
  const windows: Chunk[] = [];
  let from = -1;
  let to = -1;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    if (COMMON_WORDS.has(m[0])) continue;
    const start = snapBack(text, Math.max(0, m.index - REACH));
    const end = snapForward(text, Math.min(text.length, m.index + m[0].length + REACH));
    if (from >= 0 && start <= to && end - from <= MAX_WINDOW) {
      to = Math.max(to, end);
      continue;
    }
    if (from >= 0) windows.push({ start: chunk.start + from, text: text.slice(from, to) });
    from = start;
    to = end;
  }
  if (from >= 0) windows.push({ start: chunk.start + from, text: text.slice(from, to) });
  return windows;
}

/** Moves a window start back to just after a space (at most 24 characters), so no word is cut. */
function snapBack(text: string, at: number): number {
  for (let i = at; i > 0 && i > at - 24; i--) if (/\s/.test(text[i - 1]!)) return i;
  return at;
}

function snapForward(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + 24; i++) if (/\s/.test(text[i]!)) return i;
  return Math.min(at, text.length);
}
