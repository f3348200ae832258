/**
 * Centuries: "the 19th century", "the nineteenth century", "the early 20th century",
 * "the 1800s" (when not a decade: "the 1800s" is a century), "the early 1900s" (the early 20th
 * century, as "the 1900s" is the whole of it), "this century", "the last century".
 * TIMEX3 value: the first two digits (`18` for the 19th century).
 */
import { referenceDay, wordParser } from '../parser-kit';
import { centuryTimex, timexResult } from '../timex';

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
    if (century * 100 > referenceDay(context).year) return null;
  } else {
    const ordinal = digits ? Number(digits) : ORDINALS[word!.toLowerCase().replace(/\s+/, ' ')] ?? ORDINALS[word!.toLowerCase().replace(/\s+/, '-')]!;
    century = ordinal - 1;
  }
  return timexResult(context, index, m[0], centuryTimex(century, { anchoring: 'absolute', rule: 'century', approximate: Boolean(part) }));
},
  /century|\d00s/i,
);
