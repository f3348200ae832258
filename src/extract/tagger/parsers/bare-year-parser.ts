/**
 * Four-digit years on their own or after a lead-in: "1997", "in 2008", "the 1997 Founding Act",
 * "fiscal 1989", "FY2024", "early 1990", "by 2030", "the post-1959 politics" (the year a "pre-" or
 * "post-" era is counted from names it, approximately). Chrono has no such parser and its unlikely-format filter
 * drops digit-only results; `keep-own-results-filter` lets ours through.
 *
 * A number is a year only when it looks like one: 1000–2099 (below 1900 only after a lead-in or
 * with AD/BC), not a quantity ("1,700", "1997 kilometers", "$2000", "2000%"), not inside a longer
 * number, code or phone number.
 */
import { ISH, wordParser } from '../parser-kit';
import { timexResult, yearTimex } from '../timex';

const MODIFIER =
  '(?:(fiscal(?:\\s+year)?|fy|pre(?=-)|post(?=-)|calendar|early|mid|the\\s+mid|late|the\\s+late|the\\s+early|around|about|circa|c\\.|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+spring\\s+of|end|the\\s+year|a\\s+good\\s+part\\s+of|much\\s+of)(?:[\\s-]+|(?<=fy)))?';
/**
 * "1990 and beyond", "1994 or later": still the year, open-ended. Not "in October 1984 and later
 * served as ...": "and later" before a word is the adverb of the next clause.
 */
const TAIL = '(\\s+(?:and\\s+beyond|or\\s+later|or\\s+earlier|and\\s+later(?!\\s+\\p{Ll})|or\\s+so))?';
/** Words after which a number is read as a year: "in 1990", "since '05". */
export const LEAD_IN = /\b(?:in|since|by|until|till|from|through|of|during|before|after|to|and|year|circa|around|about|early|mid|late|fiscal|summer|spring|winter|autumn|fall)\s+$/i;

/** Count nouns: "2000 people", "1500 kilometers" are quantities, not years. */
const COUNT_NOUN =
  /^\s*(?:people|persons|men|women|children|troops|soldiers|workers|employees|jobs|members|kilometers|kilometres|km|miles|meters|metres|feet|ft|tons|tonnes|barrels|shares|points|dollars|euros|pounds|yen|units|cars|vehicles|homes|households|students|cases|deaths|votes|pages|words|acres|hectares|years|days|hours|minutes|seconds|times|percent|pct|million|billion|thousand|ounces|kg|kilograms|pieces|copies|rounds|strong|acre|mile|ton|foot)\b/i;

/**
 * "The town has 1984 residents", "the quake killed 1500 villagers": after a verb of having or doing,
 * or a rounding word, a number before a plural is a count, whatever the noun (COUNT_NOUN cannot
 * list them all). Not after an article or a possessive: "the 1997 elections", "Russia's 2014 polls".
 */
const QUANTITY_BEFORE = /\b(?:has|have|had|with|without|nearly|almost|some|least|than|only|over|under|roughly|approximately|estimated|employs|\p{L}{3,}ed)\s+$/iu;
const PLURAL_AFTER = /^\s+\p{Ll}{2,}s\b/u;

/** "The vote was 1998 to 1200": two numbers going down are a score or a count, not years. */
function descending(before: string, after: string, year: number): boolean {
  const previous = /(\d{4})\s+(?:to|-|–)\s*$/.exec(before);
  const next = /^\s*(?:to|-|–)\s*(\d{4})(?!\d)/.exec(after);
  return (!!previous && Number(previous[1]) > year) || (!!next && Number(next[1]) < year);
}

const AD_BC = /^\s*(AD|A\.D\.|BC|B\.C\.|BCE|CE)(?![\p{L}])/u;

export const bareYearParser = wordParser(
  new RegExp(`${MODIFIER}(\\d{4})${ISH}(?![\\d\\p{L}])${TAIL}`, 'iu'),
  (context, match, index) => {
    const text = context.text;
    const end = index + match[0].length;
    const year = Number(match[2]);
    const before = text.slice(Math.max(0, index - 16), index);
    const after = text.slice(end, end + 24);
    if (/[$£€¥#+\-–/.:,]$|\d[ ,.]$/.test(before)) return null;
    if (/^(?:[.,:/]\d|%|-\d|–\d|\s*(?:%|percent))/.test(after)) return null;
    const era = AD_BC.exec(after);
    const leadIn = match[1] !== undefined || LEAD_IN.test(before);
    // "1500 troops", "a force of 2000 soldiers" are counts; "in 1990 troops landed" a year.
    // "about 2020 people", "around 1500 troops": "about" rounds counts as readily as years.
    const dateLeadIn = (match[1] !== undefined && !/^(?:around|about|circa|c\.)$/i.test(match[1])) || /\b(?:in|since|during|until|till)\s+$/i.test(before);
    if (!dateLeadIn && COUNT_NOUN.test(after)) return null;
    if (!dateLeadIn && QUANTITY_BEFORE.test(before) && PLURAL_AFTER.test(after)) return null;
    if (descending(before, after, year)) return null;
    const modifier = (match[1] ?? '').toLowerCase();
    // "the year 9999" names a year whatever its size; a bare "2150" is more often a count.
    const namedYear = /^the\s+year$/.test(modifier);
    if (era) return null; // "300 BC", "1066 AD": the era-year parser's
    if ((year > 2099 && !namedYear) || (year < 1900 && !leadIn)) return null;
    const approximate = /early|mid|late|around|about|circa|c\.|end|beginning|start|middle|rest|part|much|pre|post/.test(modifier) || match[3] !== undefined || match[4] !== undefined;
    return timexResult(context, index, match[0], yearTimex(year, { anchoring: 'absolute', rule: 'bare-year', approximate }));
  },
  /\d{4}/,
);
