/**
 * A part of the day with no day named: "in the afternoon", "late in the evening", "by late
 * afternoon", "early morning" (`TAF`, `TEV`, `TMO`; "in the night" `TNI`). Chrono reads these only
 * beside a day ("Friday afternoon", "this morning"). Like a clock time, they are on the day the
 * story is at: the anaphora pass puts them there, else they stay on the reference day.
 */
import { referenceDay, wordParser } from '../parser-kit';
import { clockOnStoryDay, timeTimex, timexResult } from '../timex';

const PART: Record<string, 'MO' | 'AF' | 'EV' | 'NI'> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * "in the afternoon" (the extent is "the afternoon", as TIMEX3 leaves out the preposition) and
 * "late afternoon", "early morning" (the extent keeps its "late"/"early").
 */
const PATTERN = /(?:in\s+(the\s+(morning|afternoon|evening|night))|(?:late|early)\s+(morning|afternoon|evening))(?![\p{L}\d-])/iu;

/** A day right after it ("late afternoon Friday", "in the morning of May 3"): chrono reads the whole, or it is no time alone. */
const DAY_AFTER = /^\s*,?\s*(?:yesterday|today|tomorrow|of\b|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i;

/**
 * What makes the phrase a noun's modifier or a name, not a time: "the morning papers", "the
 * morning after pill", "early morning flights" (a noun after it), "Good Morning America".
 */
const NOUN_AFTER = /^\s+(?:after|papers?|editions?|news|sessions?|shows?|programs?|programmes?|shifts?|stars?|sun|sky|light|air|hours|flights?|trains?|rush|traffic|prayers?|classes|class|meetings?|briefings?|trading|mass|services?|walks?)\b/i;

export const dayPartParser = wordParser(PATTERN, (context, m, index) => {
  const after = context.text.slice(index + m[0].length, index + m[0].length + 24);
  if (DAY_AFTER.test(after) || NOUN_AFTER.test(after)) return null;
  const part = PART[(m[2] ?? m[3])!.toLowerCase()]!;
  const text = m[1] ?? m[0];
  const start = index + m[0].length - text.length;
  const timex = timeTimex(referenceDay(context), part, { anchoring: 'relative', rule: 'day-part' });
  return timexResult(context, start, text, clockOnStoryDay(timex));
},
  /(?:in\s+the|late|early)\s+(?:morning|afternoon|evening|night)/i,
);
