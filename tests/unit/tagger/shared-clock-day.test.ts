import { describe, expect, it } from 'vitest';
import { tag } from './support';

/** Thursday 15 June 2023. */
const R = '2023-06-15';

describe('shared clock day', () => {
  it('puts a bare clock time on the day of the clock time it is joined to', () => {
    expect(tag('Polls open at 7 a.m. and close at 8 p.m. on Sunday.', R).map((m) => [m.text, m.value])).toEqual([
      ['7 a.m.', '2023-06-18T07:00'],
      ['8 p.m. on Sunday', '2023-06-18T20:00'],
    ]);
  });

  it('leaves a clock time in another sentence on the day the story had reached', () => {
    expect(tag('The blast came at 10:35 a.m. Police arrived at noon on Friday.', R).map((m) => [m.text, m.value])).toEqual([
      ['10:35 a.m.', '2023-06-15T10:35'],
      ['noon on Friday', '2023-06-09T12:00'],
    ]);
  });
});
