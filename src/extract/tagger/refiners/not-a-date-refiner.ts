/**
 * Drops what chrono reads as a date but English means otherwise: fractions and slogans ("3/4
 * majority", "24/7", "9/11"), bare numbers read as hours ("at 5 points", "$1.35 a share"),
 * prices, percentages, version, route, resolution and phone numbers, house numbers ("2020 Main Street"), "may"/"march" the verbs, "the March for Life" the
 * procession, "Sun" the company, "USA Today" and "VOA Today" the newspaper and the programme,
 * "today's youth" and "the people of tomorrow" the present age and the future, not a day,
 * "a weekend of talks" and "a long weekend" some weekend, not the last one; "April Ryan", "June
 * Carter" the people; and any date inside a
 * web or mail address ("reuters.com/world/2021/12/30/..."), which dates the page linked to, not
 * what the story tells.
 * Counts ("1,700 of its nationals", "(57) OSCE countries") never become dates: no rule matches them.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { isTimeOnly } from '../chrono-rule';
import { WEEKDAYS } from '../parser-kit';
import { timexOf } from '../timex';
import { NAMED_FOR_DAY } from '../holidays';

/** A day/month pair without a year: in news prose a fraction, a ratio or a name, not a date. */
const YEARLESS_SLASH = /^\d{1,2}\s*[/.]\s*\d{1,2}$/;
/** A time needs a clock sign: "5 p.m.", "17:30", "noon", "five o'clock". */
const CLOCK = /:\d\d|\d\s*(?:a\.?m\b\.?|p\.?m\b\.?)|o['’]clock|noon|midnight|\bh\d\d/i;
const MONTH_OR_WEEKDAY_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
/** What numbers a thing rather than a year: "Proposition 2022", "H.R. 1994", "Windows 2000", "Suite 1200", "Exit 2010". */
const NUMBER_CONTEXT_BEFORE = /(?:[$£€¥#]|\b(?:version|v|release|model|no|number|chapter|section|article|rule|route|highway|interstate|proposition|prop|resolution|flight|room|page|p|h\.\s?r|s\.\s?b|h\.\s?b|a\.\s?b|windows|suite|apartment|apt|unit|gate|terminal|exit|channel|precinct)\.?)\s*$/i;
/** A house number: "2020 Main Street", "1600 Pennsylvania Ave." */
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Dr|Place|Square|Way)\b/u;
/** "the annual March for Life", "a March on Washington", "the March of the Mothers" (in quotes or not): a procession. */
const MARCH_AS_NOUN_BEFORE = /\b(?:the|a|an|annual|yearly|silent|peace|protest|mass|great|long)\s+[`'"“‘]*$/i;
const MARCH_AS_NOUN_AFTER = /^\s*(?:for|on|against|to|through|from|of\s+(?!\d|'\d))/i;
const NUMBER_CONTEXT_AFTER = /^(?:\s*%|\s*percent\b|[-–]\d|\.\d)/i;

function isNotADate(result: ParsingResult, text: string): boolean {
  const t = result.text;
  const before = text.slice(Math.max(0, result.index - 12), result.index);
  const after = text.slice(result.index + t.length, result.index + t.length + 8);
  if (YEARLESS_SLASH.test(t)) return true;
  if (/^\d/.test(t) && (NUMBER_CONTEXT_BEFORE.test(before) || NUMBER_CONTEXT_AFTER.test(after))) return true;
  // "in 2020 Main Street suffered" is the year: a preposition of time before it says so.
  if (/^\d+$/.test(t) && STREET_AFTER.test(text.slice(result.index + t.length, result.index + t.length + 40)) && !/\b(?:in|since|by|until|during|before|after)\s+$/i.test(before)) return true;
  if (/\d[-–]$/.test(before) && /^\d/.test(t)) return true; // phone numbers, codes: 555-1234
  const c = result.start;
  const onlyTime = isTimeOnly(c);
  if (onlyTime && !CLOCK.test(t) && !/\b(?:morning|afternoon|evening|night|tonight)\b/i.test(t)) return true;
  // Month and weekday names are capitalised in English: "may", "march", "sun" are other words.
  const word = /^\p{L}+/u.exec(t)?.[0] ?? '';
  if (MONTH_OR_WEEKDAY_WORD.test(word) && /^\p{Ll}/u.test(word) && !timexOf(result)) return true;
  if (/^March(?:\s+of)?$/.test(t) && MARCH_AS_NOUN_BEFORE.test(before)) {
    const rest = text.slice(result.index + 'March'.length, result.index + 'March'.length + 12);
    if (MARCH_AS_NOUN_AFTER.test(rest)) return true;
  }
  const bare = t.replace(/^[\s(,]+|[\s,;)]+$/g, '');
  if (WEEKDAY_ABBREVIATION.test(bare) && !/^\./.test(after)) return true; // "Sun, Hewlett-Packard and others"
  if (/^\p{Lu}\p{Ll}+$/u.test(bare) && WEEKDAYS.includes(bare.toLowerCase())) {
    // After the name itself: chrono's match may end in a comma ("Sunday, Times Square ...").
    const end = result.index + t.indexOf(bare) + bare.length;
    if (TITLE_AFTER_WEEKDAY.test(text.slice(end, end + 20))) return true;
  }
  // "finished the marathon in 2:05:30": a time taken, not a time of day.
  if (/^\d{1,2}:\d\d:\d\d$/.test(bare) && /\b(?:in|of|time)\s+$/i.test(before)) return true;
  return false;
}

/** "The Sunday Times", "Monday Night Football", "the Good Friday Agreement": a weekday in a name. */
const TITLE_AFTER_WEEKDAY = new RegExp(`^\\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Tribune|Independent|Observer|Star|Sport|People|Night\\s+(?:Football|Live|Raw)|${NAMED_FOR_DAY})\\b`);

/** A capitalized "Today" right after an acronym is a title ("USA Today", "This is VOA Today"), whoever read it. */
function isTitle(result: ParsingResult, text: string): boolean {
  return result.text === 'Today' && /(?:^|[^\p{L}])\p{Lu}{2,}\s+$/u.test(text.slice(Math.max(0, result.index - 12), result.index));
}

/** Nouns for a whole age or population: "today's youth", "tomorrow's world" speak of an era. */
const ERA_NOUN_AFTER = /^['’]s\s+(?:world|youth|society|generations?|young|children|kids|teenagers|standards|culture)\b/i;
/** "the people of tomorrow", "the cities of today"; not "as of today", "the end of today". */
const ERA_OF_BEFORE = /\bthe\s+(\p{L}+)\s+of\s+$/iu;
const DAY_PART_NOUN = /^(?:end|start|beginning|rest|middle|close|morning|afternoon|evening|night|events?|session|meeting)$/i;

/** "today"/"tomorrow" as the present age or the future ("today's youth", "the leaders of tomorrow"), whoever read it. */
function isEra(result: ParsingResult, text: string): boolean {
  if (!/^(?:today|tomorrow)$/i.test(result.text)) return false;
  const after = text.slice(result.index + result.text.length, result.index + result.text.length + 16);
  if (ERA_NOUN_AFTER.test(after)) return true;
  const noun = ERA_OF_BEFORE.exec(text.slice(Math.max(0, result.index - 24), result.index))?.[1];
  return noun !== undefined && !DAY_PART_NOUN.test(noun);
}

/** "a weekend of accusations", "a long weekend": an indefinite weekend is no particular one (chrono reads the last). */
function isSomeWeekend(result: ParsingResult, text: string): boolean {
  // Chrono's weekend takes a comma after it: "a long weekend, talks resumed".
  return /^weekend,?$/i.test(result.text) && /\b(?:an?|one)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, result.index - 20), result.index));
}

/** A whitespace-delimited word that is a web address (it begins with a scheme or "www.") or a mail address. */
const ADDRESS = /^[(<["'“‘]*(?:[a-z][a-z\d+.-]*:\/\/|www\.)|^[^\s@]+@[^\s@]+\.\p{L}/iu;
const MAX_ADDRESS = 300;

function isInAddress(result: ParsingResult, text: string): boolean {
  // The word's start, found by stepping back: a `\S*$` search retries from every offset.
  const from = Math.max(0, result.index - MAX_ADDRESS);
  let start = result.index;
  while (start > from && !/\s/.test(text[start - 1]!)) start--;
  const rest = text.slice(result.index, result.index + MAX_ADDRESS);
  const end = result.index + (/\s/.exec(rest)?.index ?? rest.length);
  return ADDRESS.test(text.slice(start, Math.max(end, result.index + result.text.length)));
}

/** Months that are given names too, before a capitalised word that is no date word: "April Ryan asked". */
const GIVEN_NAME_MONTH = /^(?:April|May|June|August)$/;
const SURNAME_AFTER = /^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\b)\p{Lu}\p{Ll}+(?!\p{L})/u;
/** What makes it the month all the same: "in April Congress passed", "by June Carter's team". */
const TIME_WORD_BEFORE = /\b(?:in|on|at|by|since|until|till|through|throughout|during|from|to|of|last|this|next|early|late|mid|before|after|between|every|each|same)\s+$/i;

function isGivenName(result: ParsingResult, text: string): boolean {
  if (!GIVEN_NAME_MONTH.test(result.text)) return false;
  const end = result.index + result.text.length;
  return SURNAME_AFTER.test(text.slice(end, end + 24)) && !TIME_WORD_BEFORE.test(text.slice(Math.max(0, result.index - 12), result.index));
}

export const notADateRefiner: Refiner = {
  refine(context, results) {
    return results.filter((result) => !isInAddress(result, context.text) && !isGivenName(result, context.text) && !isTitle(result, context.text) && !isEra(result, context.text) && !isSomeWeekend(result, context.text) && (timexOf(result) !== undefined && !/^\d/.test(result.text) ? true : !isNotADate(result, context.text)));
  },
};
