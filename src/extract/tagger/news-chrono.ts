/**
 * The chrono configuration for news text: chrono's casual English, cloned (the shared
 * `chrono.casual` is never touched), with our parsers in front and our refiners around its own.
 * Order matters: on an overlap chrono keeps the longer match, and on a tie the earlier parser's,
 * so our parsers come first and win the phrases they value better than chrono does.
 */
import * as chrono from 'chrono-node';
import type { Parser, Refiner } from 'chrono-node';
import { anaphoricParser } from './parsers/anaphoric-parser';
import { agoParser } from './parsers/ago-parser';
import { isReplacedChronoParser } from './replaced-chrono-parsers';
import { bareYearParser } from './parsers/bare-year-parser';
import { centuryParser, centuryTurnParser } from './parsers/century-parser';
import { decadeParser } from './parsers/decade-parser';
import { eraYearParser } from './parsers/era-year-parser';
import { durationParser } from './parsers/duration-parser';
import { halfParser } from './parsers/half-parser';
import { periodShorthandParser } from './parsers/period-shorthand-parser';
import { holidayParser } from './parsers/holiday-parser';
import { nthWeekdayParser } from './parsers/nth-weekday-parser';
import { monthRangeParser } from './parsers/month-range-parser';
import { monthPartParser } from './parsers/month-part-parser';
import { newYearParser } from './parsers/new-year-parser';
import { monthRelativeParser } from './parsers/month-relative-parser';
import { mayMonthParser } from './parsers/may-month-parser';
import { presentRefParser } from './parsers/present-ref-parser';
import { quarterParser } from './parsers/quarter-parser';
import { relativePeriodParser } from './parsers/relative-period-parser';
import { seasonParser } from './parsers/season-parser';
import { setParser } from './parsers/set-parser';
import { shortYearParser } from './parsers/short-year-parser';
import { spokenYearParser } from './parsers/spoken-year-parser';
import { yearRangeParser } from './parsers/year-range-parser';
import { nthWeekOfParser, weekOfParser } from './parsers/week-of-parser';
import { weekEndingParser } from './parsers/week-ending-parser';
import { middayParser } from './parsers/midday-parser';
import { dayPartParser } from './parsers/day-part-parser';
import { conjoinedDayParser, dayFirstConjoinedParser } from './parsers/conjoined-day-parser';
import { monthDayBeforeAmParser } from './parsers/month-day-before-am-parser';
import { dayCountParser } from './parsers/day-count-parser';
import { dayOffsetParser } from './parsers/day-offset-parser';
import { ordinalDayParser } from './parsers/ordinal-day-parser';
import { overlapRefiner } from './refiners/overlap-refiner';
import { recentlyBeforeDateRefiner } from './refiners/recently-before-date';
import { shieldOwnResults } from './refiners/shield-own-results';
import { boundedEndOfPeriod, isEndOfPeriodRefiner } from './refiners/bounded-end-of-period';
import { partOfDayAsTime } from './refiners/part-of-day-as-time';
import { clockZoneDayRefiner } from './refiners/clock-zone-day';
import { notADateRefiner } from './refiners/not-a-date-refiner';
import { extentTrimRefiner } from './refiners/extent-trim-refiner';
import { partOfDayFilter } from './refiners/part-of-day-filter';
import { tenseRefiner } from './refiners/tense-refiner';
import { valueRefiner } from './refiners/value-refiner';
import { leadsOnRefiner } from './refiners/leads-on-refiner';
import { quotedDayRefiner } from './refiners/quoted-day-refiner';
import { offsetFromDayRefiner } from './refiners/offset-from-day';
import { zoneConvertedDayRefiner } from './refiners/zone-converted-day';
import { sharedClockDayRefiner } from './refiners/shared-clock-day';
import { midnightRefiner } from './refiners/midnight';
import { dayRangeRefiner } from './refiners/day-range';
import { rangeYearRefiner } from './refiners/range-year';

/** Our parsers, most specific first (a tie goes to the earlier one). */
const OWN_PARSERS: Parser[] = [
  eraYearParser, // "300 BC", "AD 79": before bare years, which would take "1066" of "1066 AD"
  yearRangeParser, // "1918-1923", "from 2001 to 2005": before bare years, which would take "1918"
  quarterParser, // "the third quarter", "third-quarter", "the year-earlier quarter", "Q1 2022"
  halfParser, // "the first half of 1990"
  periodShorthandParser, // "3Q23", "Q3'23", "2H23", "1H 2024": before bare years, which would take "2024"
  centuryParser, // "the 19th century", "the 1800s": before decades, which would read "the 1800s"
  centuryTurnParser, // "the turn of the century", "by mid-century"
  decadeParser, // "the 1990s", "the late '80s"
  seasonParser, // "the spring of 1990", "last fall"
  newYearParser, // "the new year": the year that begins at the New Year nearest the reference
  holidayParser, // "Thanksgiving", "last Christmas", "Election Day 1998": before chrono's month names ("July Fourth")
  nthWeekdayParser, // "the third Sunday in May": before chrono's weekday and month names
  monthRangeParser, // "from January through June", "January–June 2022": before single months
  weekOfParser, // "the week of March 6": the week, before chrono's month-day
  weekEndingParser, // "the week ended April 7", "the week ending Friday": the seven days, before chrono's day
  nthWeekOfParser, // "the first week of May": the month, approximate, before chrono's month names
  conjoinedDayParser, // "April 24 and 25": the second day; chrono reads the first
  dayFirstConjoinedParser, // "10 and 11 January": the first day; chrono reads the second
  monthDayBeforeAmParser, // "July 4 American", "May 3 amid": chrono drops a month-day before a word starting "am"
  monthPartParser, // "late November", "early December 1999": before chrono's month names
  monthRelativeParser, // "last May", "June last year"
  mayMonthParser, // "by May the votes were in": chrono takes "May" alone only after "in"
  dayOffsetParser, // "the day before last Tuesday": counted from the weekday that follows
  ordinalDayParser, // "on the 10th": a day of the reference's month, moved by tense
  dayCountParser, // "today is the eighth day of Desert Shield": the reference day
  anaphoricParser, // "the next day", "that year", "the day before": re-anchored by anaphora.ts
  agoParser, // "a month ago", "two years earlier": before durations
  relativePeriodParser, // "last year", "this week", "earlier this month"
  setParser, // "every week", "daily", "twice a year": before durations ("a year")
  durationParser, // "three days", "the past two months", "for years", "in one day"
  presentRefParser, // "now", "today", "currently", "recently", "the future"
  middayParser, // "midday", "mid-afternoon": on the story's day, like a clock time
  dayPartParser, // "in the afternoon", "late afternoon": on the story's day, like a clock time
  bareYearParser, // "1997", "in 2008", "fiscal 1989", "early 1990"
  shortYearParser, // "in '98", "since '05": after the season and decade parsers ("the summer of '98", "the '90s")
  spokenYearParser, // "nineteen ninety-six", "the year two thousand" (broadcast transcripts)
];

/** Chrono's date-range merger ("Friday to December"): TIMEX3 tags each end of a range on its own. */
const isChronoRangeMerger = (refiner: Refiner) => {
  const between = (refiner as { patternBetween?: () => RegExp }).patternBetween;
  return typeof between === 'function' && between.call(refiner).test(' to ');
};

/** Refiners that run before chrono's, so that what is not a date never merges into a date. */
const FIRST_REFINERS: Refiner[] = [
  notADateRefiner, // "9/11", "24/7", "3/4 majority", "at 5 points", "$1.35 a share", "may"
  partOfDayAsTime, // "the night of Oct. 23": the night is the time, Oct. 23 the date
  clockZoneDayRefiner, // "at 5 p.m. local time on Tuesday": the clock on that Tuesday
];

/** Our refiners, run after chrono's own merging and filtering, in this order. */
const OWN_REFINERS: Refiner[] = [
  overlapRefiner, // ours against chrono's: the longer match wins, ours on a tie
  recentlyBeforeDateRefiner, // "most recently last October": the date alone, "recently" no vague past beside it
  partOfDayFilter, // "the morning" alone; "Tuesday morning" was merged by chrono before this
  extentTrimRefiner, // "(on Monday)," -> "Monday": TIMEX3 extents leave out prepositions and punctuation
  tenseRefiner, // weekdays, month-days, months without a year: resolved by the sentence's tense
  valueRefiner, // every remaining chrono result valued at the precision chrono is certain of
  offsetFromDayRefiner, // "the week before last Tuesday", "the day after Christmas": counted from the day, once it is valued
  zoneConvertedDayRefiner, // "at 2 a.m. Friday (2300 GMT Thursday)": the day before, not another week's Thursday
  sharedClockDayRefiner, // "open at 7 a.m. and close at 8 p.m. on Sunday": both on Sunday
  midnightRefiner, // "midnight Friday": the end of Friday (T24:00), not its start
  dayRangeRefiner, // "from 20 to 25 June": valued as the 20th, drawn over the six days
  rangeYearRefiner, // "from 30 March to 2 April 2022": the written year is both ends'
  leadsOnRefiner, // "two years later": the duration leads on from the story's last date
  quotedDayRefiner, // "... what we do tomorrow", quoted from 1975: the speaker's day, not the article's
];

export function createNewsChrono(): chrono.Chrono {
  const news = chrono.casual.clone();
  news.parsers = [...OWN_PARSERS, ...news.parsers.filter((parser) => !isReplacedChronoParser(parser))];
  news.refiners = [
    ...FIRST_REFINERS,
    // chrono's own refiners, shielded from our results, less its range merger, its end-of-period
    // refiner run only where it has something to do
    shieldOwnResults(
      ...news.refiners
        .filter((refiner) => !isChronoRangeMerger(refiner))
        .map((refiner) => (isEndOfPeriodRefiner(refiner) ? boundedEndOfPeriod(refiner) : refiner)),
    ),
    ...OWN_REFINERS,
  ];
  return news;
}
