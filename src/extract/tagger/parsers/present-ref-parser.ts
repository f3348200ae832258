/**
 * The speaker's own moment and vague past/future references, valued as TIMEX3 does:
 * "now", "currently", "current", "at present", "these days" -> PRESENT_REF; "today" -> the
 * reference day; "recently", "recent", "lately", "the past", "in recent years", "in past years",
 * "the then-current price" -> PAST_REF;
 * "the future", "in the coming years", "will one day" -> FUTURE_REF. Bare "recent" is left out,
 * and "soon" counts only between a modal (or "to") and its verb ("may soon seek", "to soon
 * grow") or before one ("soon will begin"): there it places the event in the near future; after
 * the verb ("come soon", "soon after") news uses it as a plain adverb of manner or sequence.
 * All of these are `deictic` or vague: a timeline never places an event by them alone. A
 * "today" quoted from a sentence set in another year (`In 1975, Ford said: "today we sign ..."`)
 * is not the article's day: it keeps `PRESENT_REF`, no interval, `anchoring: relative` and the
 * rule `present-ref:quoted`.
 */
import { referenceDay, wordParser } from '../parser-kit';
import { MODAL } from '../tense';
import { quotedAtOtherTime } from '../news-context';
import { dayTimex, timexResult, vagueTimex } from '../timex';

const PATTERN = new RegExp(
  `((?:${MODAL})\\s+one\\s+day|right\\s+now|now|currently|then[\\s-]+current|current|at\\s+present|presently|at\\s+the\\s+moment|nowadays|these\\s+days|today|recently|recent\\s+(?:years|months|weeks|days|decades|times)|past\\s+(?:years|decades)|lately|soon|the\\s+past|the\\s+near\\s+future|the\\s+(?:near|short|long|longer)\\s+term|the\\s+future|future|a\\s+later\\s+date|(?:the\\s+)?coming\\s+(?:years|months|weeks|days|decades|quarters))(?![\\p{L}\\d'’-])`,
  'iu',
);

/** A modal (or "to") right before "soon", or right after it: "may soon seek", "soon will begin". */
const SOON_MODAL_BEFORE = new RegExp(`\\b(?:${MODAL}|to)\\s+$`, 'i');
const SOON_MODAL_AFTER = new RegExp(`^\\s+(?:${MODAL})\\b`, 'i');

const DEICTIC = /^(?:right\s+now|now|currently|current|at\s+present|presently|at\s+the\s+moment|nowadays|these\s+days|today)$/i;

export const presentRefParser = wordParser(PATTERN, (context, m, index) => {
  const text = m[0];
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const before = context.text.slice(Math.max(0, index - 12), index);
  const after = context.text.slice(index + text.length, index + text.length + 12);
  // "now" as a discourse marker or in "just now"/"for now" is still the present; "the past
  // decade" and "the future of NATO" are not vague references.
  if (lower === 'the past' && /^\s+(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century)/i.test(after)) return null;
  if ((lower === 'the future' || lower === 'future') && /^\s+(?:of|for)\b/i.test(after) && !/\bin\s+$/i.test(before)) return null;
  if (lower === 'future' && !/\b(?:in|near|for|distant|foreseeable)\s+(?:the\s+)?$/i.test(before)) return null;
  if (lower === 'soon' && !SOON_MODAL_BEFORE.test(before) && !SOON_MODAL_AFTER.test(after)) return null;
  // "current" the adjective ("current members"), not the noun or the economists' "current account".
  if (/current$/.test(lower) && (!/^\s+\p{L}/u.test(after) || /^\s+accounts?\b/i.test(after))) return null;
  // "sell programs in past years": the vague past; "the past years" is a stretch (duration parser).
  if (/^past\s/.test(lower) && /\b(?:the|its|their|his|her)\s+$/i.test(before)) return null;
  // "the then-current price"; "since then current rules apply" is two clauses' words.
  if (/^then/.test(lower) && !/\b(?:the|a|an|its|their|his|her)\s+$/i.test(before)) return null;
  // "Islam will one day be ...": after a modal "one day" is "some day", not a day's length.
  const someDay = /^(\S+\s+)one day$/.exec(lower);
  if (someDay) {
    return timexResult(context, index, text, { ...vagueTimex('DATE', 'FUTURE_REF', { anchoring: 'none', rule: 'present-ref' }), core: { from: someDay[1]!.length, to: text.length } });
  }
  if (lower === 'today') {
    if (quotedAtOtherTime(context, index)) {
      // A speaker's "today" in a quotation set at another time: not the article's day.
      return timexResult(context, index, text, vagueTimex('DATE', 'PRESENT_REF', { anchoring: 'relative', rule: 'present-ref:quoted', deictic: true }));
    }
    return timexResult(context, index, text, { ...dayTimex(referenceDay(context), { anchoring: 'relative', rule: 'present-ref' }), deictic: true });
  }
  // "in recent weeks" measures a stretch of unknown length (TIMEX3 `PXW`); "recent years" stays PAST_REF.
  const stretch = /^recent (weeks|months|days)$/.exec(lower)?.[1];
  if (stretch) return timexResult(context, index, text, vagueTimex('DURATION', `PX${stretch[0]!.toUpperCase()}`, { anchoring: 'none', rule: 'present-ref' }));
  // "the then-current price": current at a past time the story speaks of.
  const value = DEICTIC.test(lower) ? 'PRESENT_REF' : /past|recent|lately|^then/.test(lower) ? 'PAST_REF' : 'FUTURE_REF';
  return timexResult(context, index, text, vagueTimex('DATE', value, { anchoring: 'none', rule: 'present-ref', deictic: value === 'PRESENT_REF' }));
},
  /now|current|present|moment|these\s+days|today|recent|lately|soon|past|future|later|coming|term|one\s+day/i,
);
