/**
 * Durations: "three days", "for 10 years", "the past two months", "the first nine months",
 * "a five-year plan", "nearly an hour", "two decades", "several years", "a few days", "hours".
 * TIMEX3 values `P3D`, `P10Y`, `P2M`, `PT1H`, `P20Y`; vague amounts `PXY`, `PXD`. "in one day"
 * is a duration too, never the day after the reference (chrono's reading) -- unless a future
 * verb governs it: "the stock would be redeemed in five years", "he will return in a month" name
 * the time that far ahead (said in 1989, `1994`), as TIMEX3 values them; "the first gain in a
 * year" and "finished in three days" stay durations.
 */
import { NUMBER_PATTERN, parseNumber, referenceDay, wordParser } from '../parser-kit';
import { tenseOf } from '../news-context';
import { offsetTimex, timexResult, vagueTimex } from '../timex';

const APPROX = '(?:about|around|roughly|approximately|some|nearly|almost|more\\s+than|less\\s+than|over|under|up\\s+to|at\\s+least|at\\s+most|no\\s+more\\s+than|fewer\\s+than|well\\s+over|close\\s+to)';
/** "the year-earlier nine months", "the comparable six months": the same stretch a year back is still that long. */
const LEAD = '(?:the\\s+(?:past|last|next|first|final|previous|coming|following|latest|remaining|initial|entire|full|whole|year[\\s-](?:earlier|ago)|comparable|corresponding)\\s+|another\\s+|the\\s+)?';
const UNIT = '(years?|months?|fortnights?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|yrs?|mos?|hrs?|mins?)';
/** A count with thousands separators: "10,000 years", "1,200 days". */
const GROUPED = '\\d{1,3}(?:,\\d{3})+';
const VAGUE = '(?:several|a\\s+few|few|many|some|the\\s+past\\s+(?:few|several)|the\\s+last\\s+(?:few|several)|the\\s+next\\s+(?:few|several)|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of|thousands\\s+of)';
/**
 * A word between the amount and the unit that still counts the same unit: "two more weeks",
 * "an additional year", "a further month", "eight trading days", "three business days", "five
 * straight days", "three consecutive quarters" (an ordinal, "the third consecutive month",
 * counts no stretch).
 */
const QUALIFIER = '(?:(?:more|additional|extra|further|trading|business|working|straight|consecutive|successive)[\\s-]+)?';
const PATTERN = new RegExp(
  `((?:for|in|within|over|during|lasting)\\s+)?(?:(${APPROX})\\s+)?${LEAD}(?:(${NUMBER_PATTERN}|${GROUPED}|${VAGUE})[\\s-]+(?:and[\\s-]+a[\\s-]+half[\\s-]+)?${QUALIFIER}|(a)[\\s-])?${UNIT}(?:[\\s-]+and[\\s-]+a[\\s-]+half)?(?:[\\s-]+(long|old))?(\\s+(?:later|earlier|before|after|afterwards?))?(?![\\p{L}\\d])`,
  'iu',
);

/** What comes before "a year" when it is a rate: an amount, or things counted per unit of time. */
const RATE_BEFORE =
  /(?:\d|million|billion|trillion|thousand|hundred|cents?|dollars?|times|seconds|minutes|hours|days|nights|weeks|months|years|meals|shifts|flights|trips|visits|games|sessions|editions|issues)\s+$/i;
/** "a year or two", "a week or so": the count is a guess. */
const OR_MORE = /^\s+or\s+(?:two|three|four|five|so|more|longer)\b/i;
/** Units "in N ..." counts ahead in: a day or longer (an hour ahead is a clock time, not a date). */
const AHEAD_UNITS = new Set(['year', 'month', 'fortnight', 'week', 'day', 'decade']);
const LETTER: Record<string, string> = { year: 'Y', month: 'M', fortnight: 'W', week: 'W', day: 'D', decade: 'Y', century: 'Y', quarter: 'Q', hour: 'H', minute: 'M', second: 'S' };
/** Units counted in a smaller one: a decade in years (P20Y), a fortnight in weeks ("for a fortnight": P2W). */
const SCALE: Record<string, number> = { decade: 10, century: 100, fortnight: 2 };

function unitOf(raw: string): string {
  const u = raw.toLowerCase();
  if (u.startsWith('centur')) return 'century';
  if (/^yrs?$/.test(u)) return 'year';
  if (/^mos?$/.test(u)) return 'month';
  if (/^hrs?$/.test(u)) return 'hour';
  if (/^mins?$/.test(u)) return 'minute';
  return u.replace(/s$/, '');
}

export const durationParser = wordParser(PATTERN, (context, m, index) => {
  const [, lead, approx, amountRaw, a, unitRaw, adjectiveTail, tail] = m;
  const text = m[0];
  const unit = unitOf(unitRaw!);
  const plural = /s$/i.test(unitRaw!) && unit !== 'century';
  const end = index + text.length;
  const coreStart = index + (lead?.length ?? 0);
  const coreEnd = end - (tail?.length ?? 0);
  const before = context.text.slice(Math.max(0, coreStart - 10), coreStart);
  const after = context.text.slice(coreEnd, coreEnd + 10);
  if (/^[\s-]*ago\b|^\s+(?:from\s+now|hence)\b/i.test(after)) return null; // ago-parser
  if (/^[\s-]+earlier\b/i.test(after) && /^(?:year|quarter)$/.test(unit)) return null; // ago-parser: "a year earlier"
  if (/^['’]s?\s/.test(after) && !amountRaw) return null; // "the year's end"
  if (adjectiveTail?.toLowerCase() === 'old') return null; // ages ("a 9-year-old") are not durations in news
  // Prose writes units in lower case: a title-case unit is a title ("CBS's '60 Minutes'", "48 Hours").
  if (/^\p{Lu}\p{Ll}/u.test(unitRaw!)) return null;
  // "a day-long meeting" (P1D), "a decades-long battle" (PXY): the compound says how long.
  const compound = !amountRaw && !a && adjectiveTail?.toLowerCase() === 'long' && /^-long$/i.test(text.slice(text.lastIndexOf(unitRaw!) + unitRaw!.length));
  // "the past fortnight" is two weeks long, as "the past two weeks" (a week has "the past week", a date)
  const pastFortnight = unit === 'fortnight' && !plural && /^\S+\s+(?:past|last|next|coming)\s/i.test(text.slice(lead?.length ?? 0));
  const amountText = amountRaw ?? a ?? ((compound && !plural) || pastFortnight ? 'a' : undefined);
  const vague = amountRaw !== undefined && new RegExp(`^${VAGUE}$`, 'iu').test(amountRaw);
  if (!amountText && !compound) {
    // A bare unit: only plurals after a lead-in ("for years", "in months", "weeks of talks").
    if (!plural || !/\b(?:for|in|over|within|after|took|take|takes|last(?:ed|s)?)\s+$/i.test(before)) return null;
  }
  // "the past"/"the first" alone and a bare singular unit are left to other rules ("the day").
  if (!amountText && !compound && !/\b(?:past|last|next|first|previous|coming)\s/i.test(text)) {
    if (!plural) return null;
  }
  if (unit === 'second' && /^an?$/i.test(amountText ?? '')) return null; // "a second term"
  // "$1.76 a year", "four flights a week", "24 hours a day": a rate, not a stretch of time
  if (/^an?$/i.test(amountText ?? '') && RATE_BEFORE.test(before)) return null;
  // "three quarters of the vote" is a fraction; "several quarters of losses" is time: no vague
  // amount makes a fraction.
  if (unit === 'quarter' && !vague && /^\s+of\b/i.test(after)) return null;
  // "the 1988 quarter", "a 2000 plan": a year, not an amount
  if (/^(?:1\d|20)\d\d$/.test(amountText ?? '') && !plural) return null;
  if (/^\d/.test(amountText ?? '') && /[$£€#.,]\s*$/.test(before)) return null;
  let value: string;
  const time = ['hour', 'minute', 'second'].includes(unit);
  if (!amountText || vague) {
    // "decades" counts years like "two decades" (P20Y): PXY; centuries keep their own unit.
    value = `P${time ? 'T' : ''}X${unit === 'century' ? 'CE' : LETTER[unit]}`;
  } else {
    let n = parseNumber(amountText);
    if (n === null) return null;
    if (/and[\s-]+a[\s-]+half/i.test(text)) n += 0.5;
    n *= SCALE[unit] ?? 1;
    if (!Number.isInteger(n)) {
      // "a year and a half" = P18M, "half an hour" = PT30M
      // "a year and a half" = P18M, "5 1/2 hours" = PT5H30M, "half an hour" = PT30M
      const whole = Math.floor(n);
      const smaller: Record<string, [string, number]> = { year: ['M', 12], day: ['TH', 24], hour: ['TM', 60], minute: ['TS', 60], month: ['W', 4], week: ['D', 7] };
      const [letter, factor] = smaller[unit] ?? ['', 1];
      if (!letter) return null;
      const rest = `${(n - whole) * factor}${letter.replace('T', '')}`;
      if (time && whole > 0) value = `PT${whole}${LETTER[unit]}${rest}`;
      else if (whole > 0) value = `P${whole}${LETTER[unit]}${letter.startsWith('T') ? 'T' : ''}${rest}`; // P2Y6M, P2DT12H
      else value = letter.startsWith('T') ? `PT${n * factor}${letter.slice(1)}` : `P${n * factor}${letter}`;
    } else {
      value = `P${time ? 'T' : ''}${n}${LETTER[unit]}`; // TimeML counts quarters as such: P2Q
    }
  }
  // "in five years" with a future verb: the time that far ahead. Not "in the next five years",
  // "in another week" (stretches), nor "in a five-year plan" (an adjective).
  const count = amountText && !vague && AHEAD_UNITS.has(unit) ? parseNumber(amountText) : null;
  const bare = !/^(?:the|another)\s/i.test(text.slice((lead?.length ?? 0) + (approx ? approx.length + 1 : 0)));
  const countsAhead =
    count !== null && Number.isInteger(count) && (plural || count === 1) && /^in\s+$/i.test(lead ?? '') && bare && !tail && !compound;
  // "You may, in a year or two, save more lives": a time ahead no one can date.
  const orMore = countsAhead ? OR_MORE.exec(context.text.slice(end, end + 16)) : null;
  if (orMore && tenseOf(context, index, end) === 'future') {
    const vagueAhead = vagueTimex('DATE', 'FUTURE_REF', { anchoring: 'none', rule: 'duration:ahead', approximate: true });
    return timexResult(context, index, text + orMore[0], { ...vagueAhead, core: { from: lead!.length, to: text.length + orMore[0].length } });
  }
  if (countsAhead && tenseOf(context, index, end) === 'future') {
    const shape = { anchoring: 'relative' as const, rule: 'duration:ahead', approximate: Boolean(approx) };
    const timex = unit === 'fortnight' ? offsetTimex(referenceDay(context), 'week', 2 * count, shape) : offsetTimex(referenceDay(context), unit, count, shape);
    return timexResult(context, index, text, { ...timex, core: { from: lead!.length, to: text.length } });
  }
  const timex = vagueTimex('DURATION', value, { anchoring: 'none', rule: 'duration', approximate: Boolean(approx) || vague });
  // The preposition and "later" belong to the match (to outweigh chrono's "in 3 days" and
  // "3 days later", which it reads as dates) but not to the extent.
  // "the two-day rally", "the eight-year war": before an adjectival amount "the" stays outside
  // the extent ("the nine months", "the past three years" keep theirs).
  const bareThe = /^the\s+/i.exec(text.slice(lead?.length ?? 0));
  const adjectival = compound || (!plural && amountRaw && !vague && !approx && text.slice((lead?.length ?? 0) + (bareThe?.[0].length ?? 0)).startsWith(amountRaw));
  const theLength = bareThe && adjectival ? bareThe[0].length : 0;
  const core = { from: (lead?.length ?? 0) + theLength, to: text.length - (tail?.length ?? 0) };
  return timexResult(context, index, text, { ...timex, core });
},
  /years?|yrs?|months?|mos?|fortnights?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centur|quarters?/i,
);
