/**
 * Centuries: "the 19th century", "the nineteenth century", "the early 20th century",
 * "the 1800s" (when not a decade: "the 1800s" is a century), "the early 1900s" (the early 20th
 * century, as "the 1900s" is the whole of it, once past its middle), "this century", "the last century".
 * TIMEX3 value: the first two digits (`18` for the 19th century).
 */
import { referenceDay, wordParser } from '../parser-kit';
import { tenseOf } from '../news-context';
import { centuryTimex, timexResult, yearTimex } from '../timex';

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
};

const PATTERN =
  /(?:(the)\s+)?(?:(early|mid|late)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-](?:first|second)))[\s-]+century(?![\p{L}\d])|(?:(the)\s+)?(?:(early|mid|late)[\s-]+)?(\d{2})00s(?![\p{L}\d])/iu;

export const centuryParser = wordParser(PATTERN, (context, m, index) => {
  const [, , centuryPart, digits, word, , hundredsPart, hundreds] = m;
  const part = centuryPart ?? hundredsPart;
  let century: number;
  if (hundreds) {
    century = Number(hundreds);
    // Until its middle, a century's hundreds name its first decade: "the early 2000s" read in 2022
    // are the decade 2000–2009 (the decade parser's), not 2000–2099; "the 1900s" read in 1998 are the century.
    if (century * 100 + 50 > referenceDay(context).year) return null;
  } else {
    const ordinal = digits ? Number(digits) : ORDINALS[word!.toLowerCase().replace(/\s+/, ' ')] ?? ORDINALS[word!.toLowerCase().replace(/\s+/, '-')]!;
    century = ordinal - 1;
  }
  return timexResult(context, index, m[0], centuryTimex(century, { anchoring: 'absolute', rule: 'century', approximate: Boolean(part) }));
},
  /century|\d00s/i,
);

/**
 * "the turn of the century": the year the nearest century begins, approximate (`2000` read in
 * 1989 or 2022); a past-tense sentence means the last one before the reference year, a future
 * one the next; "the turn of the 20th century" is 1900.
 * "by mid-century", "since the mid-century": the middle of a century (TIMEX3: the century,
 * approximate, as "the mid-20th century"); only after a preposition, since "mid-century modern"
 * and "a mid-century house" are a style.
 */
const TURN_PATTERN = /(?:the\s+)?(?:turn\s+of\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)\s+)?century|(mid)[\s-]century)(?![\p{L}\d-])/iu;
const BEFORE_MID_CENTURY = /(?<![\p{L}\d])(?:by|until|till|before|after|since|around|towards?|in|at|from|through|of)\s+(?:the\s+)?$/iu;

export const centuryTurnParser = wordParser(TURN_PATTERN, (context, m, index) => {
  const ref = referenceDay(context);
  const tense = tenseOf(context, index, index + m[0].length);
  const shape = { anchoring: 'relative' as const, rule: 'century-turn', approximate: true };
  if (m[1]) {
    // "the turn of the 20th century": the 20th century's turn, 1900
    return timexResult(context, index, m[0], yearTimex((Number(m[1]) - 1) * 100, { ...shape, anchoring: 'absolute' }));
  }
  if (m[2]) {
    if (!BEFORE_MID_CENTURY.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    const past = Math.floor((ref.year - 50) / 100);
    const century = tense === 'past' ? past : tense === 'future' ? past + 1 : -Math.round((50 - ref.year) / 100); // a tie goes to the past
    return timexResult(context, index, m[0], centuryTimex(century, shape));
  }
  const year = tense === 'past' ? Math.floor((ref.year - 1) / 100) * 100 : tense === 'future' ? Math.ceil(ref.year / 100) * 100 : Math.round(ref.year / 100) * 100;
  return timexResult(context, index, m[0], yearTimex(year, shape));
},
  /turn\s+of|mid[\s-]century/i,
);
