/**
 * Recurring times (TIMEX3 SET): "every day", "each week", "daily", "weekly", "paid quarterly",
 * "every Monday", "each July", "twice a year", "per month", "every two weeks", and a weekday in the
 * plural ("on Sundays", "Monday and Tuesday nights"). Valued `P1D`, `P1W`, `P1Y`, `P1Q` (TimeML counts
 * quarters as quarters), `XXXX-WXX-1`, `XXXX-WXX-2TNI`, `XXXX-07`.
 */
import { parseNumber, WEEKDAY_NAME, WEEKDAYS, wordParser } from '../parser-kit';
import { timexResult, vagueTimex, weeklyValue } from '../timex';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** What joins two weekdays: "Monday and Tuesday", "Monday or Tuesday". */
const AND = '\\s+(?:and|or|&)\\s+';
const PART_OF_DAY: Record<string, string> = { nights: 'TNI', mornings: 'TMO', evenings: 'TEV', afternoons: 'TAF' };
/** "Tuesday nights": the parts of the day a plural weekday may carry. */
const PARTS = `(${Object.keys(PART_OF_DAY).join('|')})`;
const PATTERN = new RegExp(
  `(?:(every|each)\\s+(other\\s+)?(day|week|fortnight|month|year|quarter|hour|minute|morning|night|evening|weekend|${WEEKDAY_NAME}|summer|winter|spring|fall|autumn|${MONTH_NAMES.join('|')})|(daily|weekly|fortnightly|monthly|yearly|hourly|nightly|biweekly|bimonthly|biannually|quarterly)|(?:(once|twice|three\\s+times|\\d+\\s+times)\\s+)?(?:a|per)\\s+(day|week|month|year|quarter|hour)|every\\s+(two|three|four|five|six|seven|eight|nine|ten|twelve|\\d{1,2})\\s+(days|weeks|months|years|hours|minutes)|(${WEEKDAY_NAME})(?:s|\\s+${PARTS})|(?:on\\s+)?(${WEEKDAY_NAME})(?=${AND}(?:${WEEKDAY_NAME})(?:s|\\s+${PARTS})(?![\\p{L}\\d])))(?![\\p{L}\\d])`,
  'iu',
);

const UNIT: Record<string, string> = {
  day: 'P1D', week: 'P1W', fortnight: 'P2W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', hour: 'PT1H', minute: 'PT1M',
  morning: 'TMO', night: 'TNI', evening: 'TEV', weekend: 'P1WE', summer: 'XXXX-SU', winter: 'XXXX-WI', spring: 'XXXX-SP', fall: 'XXXX-FA', autumn: 'XXXX-FA',
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'TNI',
  fortnightly: 'P2W', biweekly: 'P2W', bimonthly: 'P2M', biannually: 'P6M',
};

export const setParser = wordParser(PATTERN, (context, m, index) => {
  const [, every, other, unit, adverb, times, perUnit, everyN, unitsOfN, pluralDay, dayParts, leadDay, leadParts] = m;
  const recurringDay = pluralDay ?? leadDay;
  if (recurringDay) {
    // "on Sundays", "Tuesday nights": a weekday in the plural recurs, and so does one conjoined to
    // it ("Monday and Tuesday nights"), with its part of the day. Names are capitalized. "on" is
    // matched (the extent refiner trims it) to be as long as chrono's "on Monday" and win the tie.
    if (!/^\p{Lu}/u.test(recurringDay)) return null;
    const weekday = WEEKDAYS.indexOf(recurringDay.toLowerCase());
    const parts = dayParts ?? leadParts;
    const part = parts ? PART_OF_DAY[parts.toLowerCase()] : '';
    return timexResult(context, index, m[0], vagueTimex('SET', `${weeklyValue(weekday)}${part}`, { anchoring: 'none', rule: 'set' }));
  }
  if (everyN) {
    // "every two weeks": P2W; "every 6 hours": PT6H
    const n = parseNumber(everyN);
    const u = unitsOfN!.toLowerCase().replace(/s$/, '');
    if (n === null) return null;
    return timexResult(context, index, m[0], vagueTimex('SET', UNIT[u]!.replace('1', String(n)), { anchoring: 'none', rule: 'set' }));
  }
  const after = context.text.slice(index + m[0].length, index + m[0].length + 12);
  if (perUnit && !times && !/^per\b/i.test(m[0]) && !isRate(context.text.slice(Math.max(0, index - 48), index), after)) {
    // "a year" alone is a duration ("in a year", "the smallest gain in a year"); it recurs after
    // "N times", as "per year", and after a quantity it is the rate's unit (see isRate).
    return null;
  }
  // "the Communist Party daily Granma", "the Daily Mail": a newspaper's name follows, no SET.
  // "the quarterly dividend": the adjective names a report or a payment, no SET; "paid quarterly" is one.
  if (adverb && /^quarterly$/i.test(adverb) && /^\s+\p{Ll}/u.test(context.text.slice(index + m[0].length, index + m[0].length + 3))) return null;
  if (adverb && isNameAfter(context.text.slice(index + m[0].length, index + m[0].length + 24))) return null;
  const key = (unit ?? adverb ?? perUnit)!.toLowerCase();
  const weekday = WEEKDAYS.indexOf(key);
  const month = MONTH_NAMES.indexOf(key) + 1;
  let value = weekday >= 0 ? weeklyValue(weekday) : month > 0 ? `XXXX-${String(month).padStart(2, '0')}` : UNIT[key]!;
  if (other && /^P1/.test(value)) value = value.replace('P1', 'P2');
  if (every && /^(?:morning|night|evening)$/.test(key)) value = `XXXX-XX-XX${value}`;
  return timexResult(context, index, m[0], vagueTimex('SET', value, { anchoring: 'none', rule: 'set' }));
},
  /every|each|daily|weekly|fortnightly|monthly|annually|quarterly|yearly|hourly|nightly|bi(?:weekly|monthly|annually)|\b(?:a|per)\s|days|day\s+(?:night|morning|evening|afternoon)s/i,
);

/**
 * "5,000 cars a year", "3% a month", "fifty thousand CDs a year": a number (or percentage) and at
 * most two words, no preposition among them, then "a <unit>" is a rate, which TimeML types SET
 * (a DURATION before this rule; the value, P1Y, is the same).
 */
const RATE_BEFORE = /(?:[$£€¥]\s?)?(?:\d[\d,.]*%?|%|\bpercent|\bper cent|\b(?:hundred|thousand|million|billion|trillion|dozen))(?:\s+[\p{L}'’-]+){0,2}\s+$/u;
const PREPOSITION = /\s(?:in|for|within|after|over|about|than|of|by|to|from|at|on|under|around|nearly|almost|least)\s/i;

/**
 * Money a year ("$500 million a year in costs", "a dividend of $1.76 a year") is left to the price
 * filter, as "$5 a share" is: news annotators mostly leave such rates untagged.
 */
const MONEY = /[$£€¥]|\b(?:dollars?|cents?|euros?|pounds?|yen|yuan|rupees?)\b/i;
/** "5 years a year after the war", "3 days a week before": an amount of time and an offset, no rate. */
const TIME_UNIT = /\b(?:second|minute|hour|day|week|month|year|decade)s?\b/i;
const OFFSET_AFTER = /^\s+(?:after|before|since|into|later|earlier|ago|from|of)\b/i;

function isRate(before: string, after: string): boolean {
  const rate = RATE_BEFORE.exec(before);
  return rate !== null && !MONEY.test(rate[0]) && !PREPOSITION.test(` ${rate[0]}`) && !TIME_UNIT.test(rate[0]) && !OFFSET_AFTER.test(after);
}

function isNameAfter(after: string): boolean {
  const word = /^\s+["“]?(\p{Lu}\p{Ll}+)/u.exec(after)?.[1]?.toLowerCase();
  return word !== undefined && !WEEKDAYS.includes(word) && !MONTH_NAMES.includes(word);
}
