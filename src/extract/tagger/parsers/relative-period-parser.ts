/**
 * Calendar periods named relative to the reference: "this year", "last month", "next week",
 * "the past year", "earlier this year", "early next year", "the end of the year", "last weekend",
 * "this decade", "the current century". Valued at the period's own precision (TIMEX3: "last
 * year" is `2021`, "this week" the ISO week `2022-W02`), approximate when only part is meant.
 */
import { addDays, addMonths } from '../calendar';
import { MONTH_NAME, WEEKDAY_NAME, referenceDay, wordParser } from '../parser-kit';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { centuryTimex, decadeTimex, monthTimex, offsetTimex, timexResult, weekTimex, weekendTimex, vagueTimex, yearTimex, type Timex } from '../timex';
import { weekdayOf } from '../calendar';
import { tenseOf } from '../news-context';
import { PERIOD_END_VERB, samePeriodBefore } from '../periods';
import { HOLIDAY_FIRST_WORDS } from '../holidays';

const PART = '(?:(early|earlier|late|later|mid|the\\s+(?:early|earlier|later?|latter|first|final)\\s+part\\s+of|the\\s+(?:first|second|latter)\\s+half\\s+of|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|end\\s+of|start\\s+of)[\\s-]+(?:in\\s+)?)?';
const PATTERN = new RegExp(
  `${PART}(this|last|next|past|coming|previous|current|the\\s+past|the\\s+last|the\\s+next|the\\s+coming|the\\s+previous|the\\s+current|the\\s+following|the\\s+same|the\\s+full|the\\s+whole|the\\s+entire|the\\s+latest|the)\\s+(?:(fiscal|calendar)\\s+)?(year|month|week|weekend|decade|century)(?![\\p{L}\\d-])` +
    `|(?:the\\s+)?(?:year[\\s-]end|year['’]s\\s+end)(?![\\p{L}\\d-])|year[\\s-]to[\\s-]date(?![\\p{L}\\d-])|(?:the\\s+)?mid-year(?![\\p{L}\\d-])`,
  'iu',
);

/**
 * " before last", " after next" after "the week": not "the week before last Tuesday" or "last
 * Christmas" (a holiday's first word), which count from that day.
 */
const BEFORE_LAST = new RegExp(`^\\s+(?:before\\s+last|after\\s+(next))(?![\\p{L}\\d-])(?!\\s+(?:${WEEKDAY_NAME}|${MONTH_NAME}|week|month|year|night|spring|summer|fall|autumn|winter|${HOLIDAY_FIRST_WORDS})(?![\\p{L}]))`, 'iu');

const STEP: Record<string, number> = {
  this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1, same: 0, the: 0,
};

/** "the year ended Sept. 30", "the fiscal year ends June 30", "the year to March": a year-long stretch to a day. */
const YEAR_TO_A_DAY = new RegExp(`^\\s+(?:${PERIOD_END_VERB}|to\\s+\\p{Lu})`, 'u');

export const relativePeriodParser = wordParser(PATTERN, (context, m, index) => {
  const [, part, whichRaw, , unitRaw] = m;
  const ref = referenceDay(context);
  const end = index + m[0].length;
  const after = context.text.slice(end, end + 16);
  if (!whichRaw) {
    // "year-end", "year's end", "year-to-date", "mid-year": a part of the current year
    return timexResult(context, index, m[0], yearTimex(ref.year, { anchoring: 'relative', rule: 'relative-period', approximate: true }));
  }
  const which = whichRaw.toLowerCase().replace(/^the\s+/, '') || 'the';
  const unit = unitRaw!.toLowerCase();
  if (unit === 'year' && part && /half/i.test(part)) return null; // "the first half of the year": the half parser's H1
  if (/^\p{Lu}/u.test(unitRaw!) && /^\p{Lu}/u.test(whichRaw)) return null; // "This Week", a title
  const beforeLast = which === 'the' && !part && !/^(?:decade|century)$/.test(unit) ? BEFORE_LAST.exec(context.text.slice(end, end + 40)) : null;
  if (beforeLast) {
    // "the week before last", "the year before last", "the weekend before last": two periods back,
    // one mention; "the week after next" two on
    const shape = { anchoring: 'relative' as const, rule: 'relative-period' };
    const offset = beforeLast[1] ? 2 : -2;
    const timex = unit === 'weekend' ? weekendTimex(addDays(ref, 7 * offset), shape) : offsetTimex(ref, unit, offset, shape);
    return timexResult(context, index, m[0] + beforeLast[0], timex);
  }
  if (which === 'the' || which === 'full' || which === 'whole' || which === 'entire' || which === 'latest') {
    // "For the year ended Sept. 30" is a year-long duration; "for the (full) year" the current
    // year; "the week", "the month" alone are left out (which one is meant depends on the story).
    if (unit === 'weekend' && which === 'the') return nearestWeekend(context, index, m[0]);
    if (unit !== 'year') return part && which === 'the' ? periodOfReference(context, index, m[0], unit, part) : null;
    if (YEAR_TO_A_DAY.test(after)) {
      return timexResult(context, index, m[0], vagueTimex('DURATION', 'P1Y', { anchoring: 'none', rule: 'relative-period' }));
    }
    // "the year of the dragon" is some other year; "a high for the year of $42.875" is the current
    // one, the "of" belonging to the amount that follows.
    if (/^\s+(?:before|after|earlier|later|in\s+which|when|that|of(?!\s+[A-Z]{0,2}[$£€¥])|\d|two|since|\p{Lu})/u.test(after)) return null;
    const year = which === 'latest' ? ref.year - 1 : ref.year;
    return timexResult(context, index, m[0], yearTimex(year, { anchoring: 'relative', rule: 'relative-period', approximate: Boolean(part) }));
  }
  // "the same year", "the following week" need an anchor in the story that we do not track.
  if ((which === 'same' || which === 'following') && !part) return null;
  // "the last year of his term", "the past week of trading": a period of something else.
  if (/^\s+of\b/i.test(after)) return null;
  const step = STEP[which.split(/\s+/).pop()!] ?? 0;
  // "over the past decade" is how long, not which decade (TIMEX3: P10Y)
  if (step < 0 && /^(?:past|last)$/.test(which) && (unit === 'decade' || unit === 'century') && !part) {
    return timexResult(context, index, m[0], vagueTimex('DURATION', unit === 'decade' ? 'P10Y' : 'P100Y', { anchoring: 'none', rule: 'relative-period' }));
  }
  const shape = { anchoring: 'relative' as const, rule: 'relative-period', approximate: Boolean(part) };
  let timex: Timex;
  switch (unit) {
    case 'year':
      timex = yearTimex(ref.year + step, shape);
      break;
    case 'month': {
      const d = addMonths(ref, step);
      timex = monthTimex(d.year, d.month, shape);
      break;
    }
    case 'week':
      // "for the last week", "over the past week": the seven days up to the reference, valued as
      // the ISO week that holds their middle day (on a Friday that is this week); "last week"
      // without "the" is the calendar week before.
      timex = step < 0 && /^the\s/i.test(whichRaw) && !part ? weekTimex(addDays(ref, -3), shape) : weekTimex(addDays(ref, 7 * step), shape);
      break;
    case 'weekend':
      timex = weekendTimex(addDays(ref, 7 * step), shape);
      break;
    case 'decade':
      timex = decadeTimex(Math.floor(ref.year / 10) + step, shape);
      break;
    default:
      timex = centuryTimex(Math.floor(ref.year / 100) + step, shape);
  }
  // "the same period last year", "the same time a year ago" is last year's: one mention, from "the same"
  const same = unit === 'year' && step === -1 && !part ? samePeriodBefore(context.text, index) : 0;
  if (same) return timexResult(context, index - same, context.text.slice(index - same, end), timex);
  return timexResult(context, index, m[0], timex);
},
  /year|month|week|decade|century/i,
);

/**
 * "over the weekend" is the last one in a past-tense sentence (this one when the reference is a
 * Saturday or Sunday), "ahead of the weekend" / "will ... the weekend" the next.
 */
function nearestWeekend(context: ParsingContext, index: number, text: string): ParsingResult {
  const ref = referenceDay(context);
  const weekday = weekdayOf(ref);
  const future = tenseOf(context, index, index + text.length) === 'future' || /\b(?:ahead\s+of|before|until|by)\s+$/i.test(context.text.slice(0, index));
  const inWeekend = weekday === 0 || weekday === 6;
  const saturday = inWeekend ? addDays(ref, weekday === 0 ? -1 : 0) : addDays(ref, future ? 6 - weekday : -1 - weekday);
  return timexResult(context, index, text, weekendTimex(saturday, { anchoring: 'relative', rule: 'relative-period' }));
}

/**
 * "the end of the month", "early in the week", "by the end of the decade", "the second half of
 * the decade": the reference's own month, week, decade or century, approximate (TIMEX3 puts the
 * part in `mod`, as for "late November"). A decade or century is the one whose part the tense
 * allows: "Sales rose toward the end of the decade" read in 2000 is the end of the 1990s (the
 * 2000s' has not begun), "will grow early in the decade" read in 2005 the 2010s.
 */
function periodOfReference(context: ParsingContext, index: number, text: string, unit: string, part: string): ParsingResult | null {
  const ref = referenceDay(context);
  const shape = { anchoring: 'relative' as const, rule: 'relative-period', approximate: Boolean(part) };
  if (unit === 'month') return timexResult(context, index, text, monthTimex(ref.year, ref.month, shape));
  if (unit === 'week') return timexResult(context, index, text, weekTimex(ref, shape));
  const years = unit === 'decade' ? 10 : 100;
  let period = Math.floor(ref.year / years);
  const span = partSpan(part);
  if (span) {
    const tense = tenseOf(context, index, index + text.length);
    const [from, to] = span.map((tenths) => period * years + (tenths * years) / 10) as [number, number];
    if (tense === 'past' && from >= ref.year) period -= 1;
    else if (tense === 'future' && to <= ref.year) period += 1;
  }
  return timexResult(context, index, text, (unit === 'decade' ? decadeTimex : centuryTimex)(period, shape));
}

/** Where a part lies in its period, in tenths [from, to); null for "the rest of" (from the reference on). */
function partSpan(part: string): [number, number] | null {
  const p = part.toLowerCase();
  if (/first\s+half/.test(p)) return [0, 5];
  if (/(?:second|latter)\s+half/.test(p)) return [5, 10];
  if (/early|beginning|start|first/.test(p)) return [0, 3];
  if (/mid|middle/.test(p)) return [3, 7];
  if (/late|latter|end|final/.test(p)) return [7, 10];
  return null;
}
