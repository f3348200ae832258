/**
 * Quarters: "the third quarter", "third-quarter", "Q1 2022", "the fourth quarter of 1988",
 * "this year's third quarter", "the first quarter of the year" and "the year's first quarter" (read
 * as "the first quarter"), "the latest quarter", "last quarter", "the year-earlier quarter",
 * "the quarter a year ago", "the third quarter a year earlier",
 * and in quarterly business stories "the year-ago period", "the 1988 period".
 * Without a number, "the quarter" is the one being reported (see `reportedQuarter`), and "the
 * quarter ended July 31" the calendar quarter that best covers the three months to that day.
 */
import { MONTH_NAME, monthNumber, wordParser, referenceDay } from '../parser-kit';
import { newsOption } from '../news-context';
import { closingDay, longerPeriodBefore, PERIOD_END_VERB, periodEndOf, quarterEndingOn, quarterOf, reportedQuarter } from '../periods';
import { tenseOf } from '../news-context';
import { quarterTimex, timexResult, vagueTimex, yearTimex } from '../timex';

const ADJECTIVES = '(?:latest|recent|most\\s+recent|current|same|comparable|corresponding|year[\\s-]earlier|year[\\s-]ago|year[\\s-]before|prior[\\s-]year|previous|past|last|next|coming|fiscal|calendar|\\d{4})';
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th|final)';
const PATTERN = new RegExp(
  `(?:(the|this|its|their|that|a)\\s+)?` +
    `(?:(this|last|next)\\s+year['’]s\\s+|(?:fiscal\\s+)?(\\d{4})['’]s\\s+|year['’]s\\s+)?` +
    `((?:${ADJECTIVES}[\\s-]+)*)` +
    `(?:${ORDINAL}[\\s-]+(?:fiscal[\\s-]+)?(quarter|period)|(quarter|period)|Q([1-4]))` +
    `(?:\\s+(?:of|in)\\s+(?:fiscal\\s+)?(?:(\\d{4})|(this|last|next)\\s+(?:fiscal\\s+)?year|the\\s+(?:fiscal\\s+)?year(?![\\s-]+(?:earlier|ago|before)))|\\s+(this|last|next)\\s+year|\\s+(\\d{4})|\\s+(a\\s+year\\s+(?:ago|earlier|before)))?` +
    `(?![\\p{L}\\d-])`,
  'iu',
);

/** "ended Sept. 30", "ending July 31, 1990", "ends Dec. 31": the last day of the quarter named before it. */
const ENDED_ON = new RegExp(`^\\s+(${PERIOD_END_VERB})\\s+(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?(?![\\d])`, 'i');

const OF_OTHER_WHOLE = /^\s+of\s+(?:the|a|an|this|that|his|her|its|their)\s+(?!(?:fiscal\s+|calendar\s+)?year\b)\p{L}/iu;

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

export const quarterParser = wordParser(PATTERN, (context, m, index) => {
  const [, det, yearRel, yearPossessive, adjRaw, ordinal, ordinalNoun, bareNoun, qNumber, ofYear, ofRel, afterRel, afterYear, yearBack] = m;
  const adjs = (adjRaw ?? '').toLowerCase();
  const noun = (ordinalNoun ?? bareNoun ?? 'quarter').toLowerCase();
  const numbered = ordinal ?? qNumber;
  const ref = referenceDay(context);
  const quarterly = newsOption(context).quarterly === true;
  if (noun === 'period' && !(quarterly && (adjs || yearPossessive || yearRel || ofYear || ofRel || afterRel || afterYear || yearBack))) return null;
  if (qNumber && !/Q[1-4]/.test(m[0])) return null; // "q1" in lower case is not a quarter
  if (!numbered && !adjs && !yearRel && !yearPossessive && (!det || det.toLowerCase() === 'a')) return null;
  const end = index + m[0].length;
  // "a quarter of the vote", "the quarter of Gaza City": a fraction or a neighbourhood.
  if (!numbered && !ofYear && /^\s+of\b/i.test(context.text.slice(end, end + 5))) return null;
  // "the first quarter of the game", "the last quarter of the century": a quarter of something
  // other than a year ("of its fiscal year" is one).
  if (numbered && OF_OTHER_WHOLE.test(context.text.slice(end, end + 32))) return null;

  const explicitYear = ofYear ?? afterYear ?? yearPossessive ?? /\d{4}/.exec(adjs)?.[0];
  const relYear = yearRel ?? ofRel ?? afterRel;
  // "the year-earlier quarter" and "the quarter a year ago" alike: the same quarter one year back.
  const yearEarlier = Boolean(yearBack) || /year[\s-](?:earlier|ago|before)|prior[\s-]year|comparable|corresponding/.test(adjs);
  const endedOn = noun === 'quarter' ? ENDED_ON.exec(context.text.slice(end, end + 32)) : null;
  const endDay = endedOn ? closingDay(ref, monthNumber(endedOn[2]!), Number(endedOn[3]), endedOn[4] ? Number(endedOn[4]) : null, periodEndOf(endedOn[1]!)) : null;
  // "For the nine months, net rose. In the year-earlier period, ...": a period after a longer
  // one was named is that one: the year-earlier nine months (P9M), "the 1988 period" its year.
  const longer = noun === 'period' && !numbered ? longerPeriodBefore(context.text, index) : null;
  if (longer !== null) {
    if (explicitYear) return timexResult(context, index, m[0], yearTimex(Number(explicitYear), { anchoring: 'absolute', rule: 'quarter' }));
    if (yearEarlier && longer > 0) return timexResult(context, index, m[0], vagueTimex('DURATION', `P${longer}M`, { anchoring: 'none', rule: 'quarter' }));
  }
  let year: number;
  let quarter: number;
  if (numbered) {
    quarter = ORDINALS[(ordinal ?? '').toLowerCase()] ?? Number(qNumber);
    if (explicitYear) year = Number(explicitYear);
    else if (relYear) year = ref.year + OFFSET[relYear.toLowerCase()]!;
    // "the second quarter ended Oct. 31", said on Oct. 27: the books closed last Oct. 31; "the
    // fiscal first quarter ends Dec. 31": a numbered quarter is the year its books close in.
    else if (endDay) year = endDay.year;
    else {
      const future = tenseOf(context, index, end) === 'future';
      year = quarter > quarterOf(ref) && !future ? ref.year - 1 : ref.year;
      if (yearEarlier) year -= 1;
    }
  } else {
    const current = (det ?? '').toLowerCase() === 'this' || /current/.test(adjs);
    const step = /\b(?:last|previous|past)\b/.test(adjs) ? -1 : /\b(?:next|coming)\b/.test(adjs) ? 1 : 0;
    const base = endDay
      ? quarterEndingOn(endDay)
      : current || step !== 0 ? { year: ref.year, quarter: quarterOf(ref) + step } : reportedQuarter(ref);
    const q0 = base.year * 4 + base.quarter - 1;
    year = Math.floor(q0 / 4);
    quarter = (q0 % 4) + 1;
    if (explicitYear) year = Number(explicitYear);
    else if (relYear) year = ref.year + OFFSET[relYear.toLowerCase()]!;
    else if (yearEarlier) year -= 1;
  }
  const anchoring = explicitYear && numbered ? 'absolute' : 'relative';
  const timex = quarterTimex(year, quarter, { anchoring, rule: 'quarter' });
  // "its third-quarter loss", "a fourth-quarter charge": the determiner is not part of the date
  const from = det && /^(?:its|their|a)$/i.test(det) && (numbered || adjs) ? m[0].indexOf(det) + det.length + 1 : 0;
  return timexResult(context, index, m[0], from ? { ...timex, core: { from, to: m[0].length } } : timex);
},
  /quarter|period|Q[1-4]/i,
);
