import { describe, expect, it } from 'vitest';
import { tag } from './support';

const R = '1999-02-06';
const found = (sentence: string) => tag(sentence, R).map((m) => [m.text, m.value, m.start]);

describe('recently before a date', () => {
  it('leaves the date alone: "recently" only says how near it is', () => {
    expect(found('Three doctors were killed, most recently last October when Slepian was shot.')).toEqual([['last October', '1998-10', 41]]);
    expect(found('Prices were that low as recently as 1995.')).toEqual([['1995', '1995', 36]]);
    expect(found('Most recently, on Tuesday, talks failed.')).toEqual([['Tuesday', '1999-02-02', 18]]);
    expect(found('Lately, in 1998, sales fell.')).toEqual([['1998', '1998', 11]]);
  });

  it('keeps "recently" as the vague past when no date follows it right away', () => {
    expect(found('The search was recently extended to Mexico.')).toEqual([['recently', 'PAST_REF', 15]]);
    expect(found('He recently moved to Washington on Tuesday.')).toEqual([
      ['recently', 'PAST_REF', 3],
      ['Tuesday', '1999-02-02', 35],
    ]);
    expect(found('Until recently, prices rose; in 1998 they fell.')).toEqual([
      ['recently', 'PAST_REF', 6],
      ['1998', '1998', 32],
    ]);
  });
});
