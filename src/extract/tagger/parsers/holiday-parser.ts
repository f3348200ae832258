/**
 * Holidays that fix a day: "Christmas", "New Year's Eve", "the Fourth of July", "Thanksgiving
 * (Day)", "Election Day", "Easter", "Labor Day", "last Thanksgiving", "Christmas 1998", and the
 * week they fall in ("Easter week", "Thanksgiving week") or the weekend nearest them ("Labor Day
 * weekend", "Thanksgiving weekend"). US news holidays on fixed rules
 * (Thanksgiving: fourth Thursday of November; Election Day: the Tuesday after the first Monday of
 * November). Without a year the tense picks the occurrence, as for a month-day; "last"/"next" pick
 * the one before/after the reference.
 */
import { addDays, weekdayOf } from '../calendar';
import { HOLIDAY_GATE, HOLIDAY_NAME, HOLIDAY_YEAR, holidayDay, NAMED_FOR_DAY } from '../holidays';
import { wordParser } from '../parser-kit';
import { dayTimex, timexResult, weekTimex, weekendTimex } from '../timex';

/** Days from a weekday (0 = Sunday) to the Saturday of the nearest weekend. */
const SATURDAY_OFFSET = [-1, -2, -3, 3, 2, 1, 0];

const NAME_AFTER = new RegExp(`^\\s+(?:${NAMED_FOR_DAY})\\b`);
const PATTERN = new RegExp(`(?:(last|next|this)\\s+)?(${HOLIDAY_NAME})(\\s+week(?:end)?)?(?:,?\\s+(${HOLIDAY_YEAR}))?(?![\\p{L}\\d])`, 'u');

export const holidayParser = wordParser(PATTERN, (context, m, index) => {
  const [, which, name, week, yearText] = m;
  // "the Good Friday Agreement" names an accord, not a day.
  if (NAME_AFTER.test(context.text.slice(index + m[0].length, index + m[0].length + 16))) return null;
  const day = holidayDay(context, index, index + m[0].length, name!, which, yearText);
  if (!day) return null;
  const shape = { anchoring: yearText ? 'absolute' : 'relative', rule: 'holiday' } as const;
  // "Easter week", "Thanksgiving week": the (ISO, Monday to Sunday) week the holiday falls in;
  // "Labor Day weekend" (a Monday), "Thanksgiving weekend" (a Thursday): the nearest weekend.
  if (week && /end$/i.test(week)) return timexResult(context, index, m[0], weekendTimex(addDays(day, SATURDAY_OFFSET[weekdayOf(day)]!), shape));
  return timexResult(context, index, m[0], week ? weekTimex(day, shape) : dayTimex(day, shape));
},
  HOLIDAY_GATE,
);
