import { describe, expect, it } from 'vitest';
import { tag } from './support';

const R = '2022-01-11';
/** Each mention as text, TIMEX3 value, and the date it leads to (if any). */
const read = (text: string) => tag(text, R).map((m) => [m.text, m.value, m.pointsAt ? `${m.pointsAt.value} ${m.pointsAt.precision} ${m.pointsAt.anchoring}` : null]);

describe('a duration that leads on from the story\'s last date', () => {
  it('stays the TIMEX3 duration and points at the date it leads to, at the precision both allow', () => {
    expect(read('The treaty was signed in 1997. Two years later, NATO expanded.')).toEqual([
      ['1997', '1997', null],
      ['Two years', 'P2Y', '1999 year absolute'],
    ]);
    expect(read('In March 2014 Russia annexed Crimea. A month afterwards, fighting broke out.')).toEqual([
      ['March 2014', '2014-03', null],
      ['A month', 'P1M', '2014-04 month absolute'],
    ]);
    expect(read('It was founded in 1998; a decade on, it went public.')).toEqual([
      ['1998', '1998', null],
      ['a decade', 'P10Y', '2008 year absolute'],
    ]);
    expect(tag('Talks began on Jan. 3. Two weeks after that, NATO met.', R)[1]!.pointsAt).toEqual({
      value: '2022-W03', precision: 'week', interval: { start: '2022-01-17', end: '2022-01-24' }, anchoring: 'relative',
    });
  });

  it('leads back with "earlier", "before that", "previously"', () => {
    expect(read('Talks began on Jan. 3. Two days earlier, NATO had met; a week before, the EU.')).toEqual([
      ['Jan. 3', '2022-01-03', null],
      ['Two days', 'P2D', '2022-01-01 day relative'],
      ['a week', 'P1W', '2021-W51 week relative'],
    ]);
  });

  it('moves the story on as absolute as its anchor: "N years earlier" then counts from there', () => {
    // The moved anchor had kept the duration's anchoring ("none"), so "earlier" fell back to the publication (2020).
    expect(read('The Act was signed in 1997. Two years later, NATO expanded. Two years earlier, it had met.')).toEqual([
      ['1997', '1997', null],
      ['Two years', 'P2Y', '1999 year absolute'],
      ['Two years earlier', '1997', null],
    ]);
  });

  it('moves the story on: "the next day" after it is the day after that', () => {
    expect(read('Talks began on Jan. 3. Three days later, NATO met. The next day, the OSCE met.')).toEqual([
      ['Jan. 3', '2022-01-03', null],
      ['Three days', 'P3D', '2022-01-06 day relative'],
      ['The next day', '2022-01-07', null],
    ]);
  });

  it('points nowhere when the last date is too coarse or there is none, or nothing leads on', () => {
    expect(read('In March 2014 Crimea was annexed. Three days later, sanctions followed.')[1]).toEqual(['Three days', 'P3D', null]);
    expect(read('Two years later, NATO expanded.')).toEqual([['Two years', 'P2Y', null]]);
    expect(read('In 1997 he served two years on the board, two years later than planned.')).toEqual([
      ['1997', '1997', null],
      ['two years', 'P2Y', null],
      ['two years', 'P2Y', null],
    ]);
  });
});
