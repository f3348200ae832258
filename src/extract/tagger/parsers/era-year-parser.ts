/**
 * Years with an era: "300 BC", "44 B.C.E.", "AD 79", "79 A.D.", "1066 CE". TimeML writes a year
 * before Christ as `BC0300`; the interval uses ISO 8601 expanded years with astronomical
 * numbering (1 BC is year 0, 300 BC is year -299: `-000299-01-01` to `-000298-01-01`).
 */
import { wordParser } from '../parser-kit';
import { timexResult, yearTimex } from '../timex';

// Dots only in the dotted spellings: the period of "in 1 BC." ends the sentence.
const BEFORE = 'B\\.\\s?C\\.(?:\\s?E\\.)?|BCE?';
const AFTER = 'A\\.\\s?D\\.|AD|C\\.E\\.|CE';
const PATTERN = new RegExp(
  `(?:(\\d{1,4})\\s*(${BEFORE}|${AFTER})|(${AFTER})\\s*(\\d{1,4}))(?![\\p{L}\\d])`,
  'u',
);

export const eraYearParser = wordParser(PATTERN, (context, m, index) => {
  const [, yearBefore, eraAfter, eraBefore, yearAfter] = m;
  const year = Number(yearBefore ?? yearAfter);
  const era = (eraAfter ?? eraBefore)!.replace(/[.\s]/g, '');
  if (year === 0 || /[\d,.$]$/.test(context.text.slice(Math.max(0, index - 1), index))) return null;
  // "BC" and "CE" need the number before them ("AD" may lead); "CE 2" is no year.
  if (eraBefore && eraBefore.replace(/[.\s]/g, '') !== 'AD') return null;
  const shape = { anchoring: 'absolute' as const, rule: 'era-year' };
  if (!era.startsWith('B')) return timexResult(context, index, m[0], yearTimex(year, shape));
  return timexResult(context, index, m[0], { ...yearTimex(1 - year, shape), value: `BC${String(year).padStart(4, '0')}` });
},
  /\b(?:B\.?\s?C|A\.?\s?D|C\.?E)/,
);
