/**
 * The business shorthand for quarters and halves with their year: "3Q23", "2Q 2023", "Q3'23",
 * "Q3 FY24", "2H23", "1H 2024", "H2'23" ("Q1 2022" and "H1 2023" are the quarter and half parsers'). A fiscal year is read as the calendar year of its number,
 * as "the second quarter of fiscal 2023" is (its months depend on the company). A two-digit year
 * takes the century that puts it nearest the reference (parser-kit's yearOfTwoDigits).
 */
import { referenceDay, wordParser, yearOfTwoDigits } from '../parser-kit';
import { halfTimex, quarterTimex, timexResult } from '../timex';

// A two-digit year is written on ("3Q23"), after an apostrophe or "FY"; a space alone takes four ("2H 20 points" is a score).
const PATTERN = /(?:([1-4])Q|Q([1-4])|([12])H|H([12]))(?:(?:\s*FY\s*|\s*['’])?(\d{2})|(?:\s*FY\s*|\s+)?(\d{4}))(?![\p{L}\d%])/u;

export const periodShorthandParser = wordParser(PATTERN, (context, m, index) => {
  const [text, quarterFirst, quarterAfter, halfFirst, halfAfter, twoDigits, fourDigits] = m;
  if (/^[QH]\d\s+\d{4}$/.test(text!)) return null; // "Q1 2022", "H1 2023": the quarter and half parsers' own form
  const year = fourDigits ? Number(fourDigits) : yearOfTwoDigits(Number(twoDigits), referenceDay(context).year);
  const shape = { anchoring: 'absolute' as const, rule: 'period-shorthand' };
  const quarter = quarterFirst ?? quarterAfter;
  return timexResult(context, index, text!, quarter ? quarterTimex(year, Number(quarter), shape) : halfTimex(year, Number(halfFirst ?? halfAfter), shape));
},
  /[1-4]Q|Q[1-4]|[12]H|H[12]/,
);
