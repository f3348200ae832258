import { describe, expect, it } from 'vitest';
import { tag } from './support';

/** Thursday 15 June 2023. */
const R = '2023-06-15';

describe('zone-converted day', () => {
  it('reads the weekday of a time given again in another zone as the day next to the one just named', () => {
    expect(tag('The ceasefire took effect at 2 a.m. Friday (2300 GMT Thursday).', R).map((m) => [m.text, m.value, m.rule])).toEqual([
      ['2 a.m. Friday', '2023-06-09T02:00', 'tense:ENTimeExpressionParser'],
      ['Thursday', '2023-06-08', 'zone-day'],
    ]);
    expect(tag('The vote closes at 11 p.m. Sunday (0400 GMT Monday).', R).map((m) => [m.text, m.value])).toEqual([
      ['11 p.m. Sunday', '2023-06-18T23:00'],
      ['Monday', '2023-06-19'],
    ]);
  });

  it('leaves a weekday in brackets without a clock and zone to the tense', () => {
    expect(tag('The meeting on Monday (and Tuesday) went well.', R).map((m) => [m.text, m.value, m.rule])).toEqual([
      ['Monday', '2023-06-12', 'tense:chrono'],
      ['Tuesday', '2023-06-13', 'tense:chrono'],
    ]);
  });
});
