/**
 * Parts of a month: "late November", "early December 1999", "mid-March", "the end of June".
 * Valued as the month (TIMEX3 puts the part in `mod`), approximate. Chrono alone would drop the
 * part and keep "November".
 */
import { MONTH_NAME, monthNumber, withoutSentencePeriod, wordParser } from '../parser-kit';
import { monthYearIn } from '../open-dates';
import { monthTimex, timexResult } from '../timex';

const PATTERN = new RegExp(
  `(early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of|the\\s+start\\s+of|end\\s+of|start\\s+of)[\\s-]+(?:in\\s+)?(${MONTH_NAME})\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  'iu',
);

export const monthPartParser = wordParser(PATTERN, (context, m, index) => {
  const [, , monthName, yearText] = m;
  if (!/^\p{Lu}/u.test(monthName!)) return null; // "late may", "mid-march": not months
  const month = monthNumber(monthName!);
  const year = monthYearIn(context, month, yearText, index, index + m[0].length);
  const anchoring = yearText ? 'absolute' : 'relative';
  const text = yearText ? m[0] : withoutSentencePeriod(m[0], monthName!);
  return timexResult(context, index, text, monthTimex(year, month, { anchoring, rule: 'month-part', approximate: true }));
},
  /early|mid|late|end|beginning|start|middle/i,
);
