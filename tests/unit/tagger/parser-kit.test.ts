import { describe, expect, it } from 'vitest';
import { yearOfTwoDigits } from '../../../src/extract/tagger/parser-kit';

describe('yearOfTwoDigits', () => {
  it.each([
    [98, 2022, 1998],
    [20, 2022, 2020],
    [30, 2022, 2030], // eight years ahead: this century
    [33, 2022, 1933], // eleven years ahead: the century before
    [90, 1989, 1990], // "the '90s" read in 1989: the coming decade
    [0, 1995, 1900],
    [5, 1998, 1905], // never the next century: only this one or the one before
  ])('%i read in %i is %i', (twoDigits, refYear, year) => expect(yearOfTwoDigits(twoDigits, refYear)).toBe(year));
});
