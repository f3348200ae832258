import * as chrono from 'chrono-node';
import type { Refiner } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { boundedEndOfPeriod, isEndOfPeriodRefiner } from '../../../src/extract/tagger/refiners/bounded-end-of-period';

const REFERENCE = { instant: new Date(Date.UTC(2022, 0, 12, 12)), timezone: 0 };

/** chrono's casual English with its end-of-period refiner swapped for `replace(it)`. */
function casualWith(replace: (refiner: Refiner) => Refiner): chrono.Chrono {
  const c = chrono.casual.clone();
  c.refiners = c.refiners.map((r) => (isEndOfPeriodRefiner(r) ? replace(r) : r));
  return c;
}

const readings = (c: chrono.Chrono, text: string) =>
  c.parse(text, REFERENCE).map((r) => ({ index: r.index, text: r.text, date: r.start.date().toISOString() }));

describe('bounded end-of-period refiner', () => {
  it("recognises chrono's end-of-period refiner, and only it, among casual English's refiners", () => {
    expect(chrono.casual.refiners.filter(isEndOfPeriodRefiner)).toHaveLength(1);
  });

  it.each([
    'The offer runs until the end of this month.',
    'Payment is due on the last day of March.',
    'They will decide by the end of next year.',
    'The talks ended on the weekend of March 5.', // "weekend of": no word boundary before "end"
    'It closes at the end   of   the   month of May.',
    `${'Filler words that push the date far into the batch. '.repeat(200)}The end of March was cold.`,
    'Nothing here but March 3 and Friday.',
  ])('reads "%s" as chrono does', (text) => {
    expect(readings(casualWith(boundedEndOfPeriod), text)).toEqual(readings(chrono.casual, text));
  });

  it('hands chrono a batch only when some result has "end of" or "last day of" just before it', () => {
    const calls: string[] = [];
    const spy = (inner: Refiner): Refiner => boundedEndOfPeriod({ refine: (context, results) => (calls.push(context.text), inner.refine(context, results)) });
    const c = casualWith(spy);
    c.parse('Talks began on Monday and resume in March.', REFERENCE);
    expect(calls).toEqual([]);
    c.parse('Talks resume at the end of March.', REFERENCE);
    expect(calls).toEqual(['Talks resume at the end of March.']);
  });
});
