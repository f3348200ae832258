import { describe, expect, it } from 'vitest';
import { choosePublication, fileNameDate, isoDay } from '../../../src/cli/corpus/publication-date';
import type { Problem } from '../../../src/extract/types';

describe('isoDay', () => {
  it('takes the day of an ISO date or date-time as written, in the publisher\'s own zone', () => {
    expect(isoDay('2022-01-11')).toBe('2022-01-11');
    expect(isoDay(' 2022-01-11T23:30:00-05:00 ')).toBe('2022-01-11');
    expect(isoDay('2022-01-11T08:30Z')).toBe('2022-01-11');
    expect(isoDay('2022-01-11 08:30:00.123+0100')).toBe('2022-01-11');
    expect(isoDay('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses impossible days and anything that is not ISO', () => {
    for (const value of ['2022-02-30', '2023-02-29', '2022-13-01', '2022-00-10', '2022-1-5', 'January 10, 2022', '10/01/2022', '2022-01-11T', '2022-01-11junk', '20220111', ''])
      expect([value, isoDay(value)]).toEqual([value, null]);
  });
});

describe('fileNameDate', () => {
  it('reads a YYYY-MM-DD- prefix (or _ or space) and nothing else', () => {
    expect(fileNameDate('data/2022-01-11-talks.txt')).toEqual([{ value: '2022-01-11', from: 'filename', where: 'the file name prefix' }]);
    expect(fileNameDate('2022-01-11 talks.txt')).toHaveLength(1);
    expect(fileNameDate('talks-2022-01-11.txt')).toEqual([]);
    expect(fileNameDate('2022-01-11.txt')).toEqual([]);
  });
});

describe('choosePublication', () => {
  it('takes the first real day and reports each bad candidate before it', () => {
    const problems: Problem[] = [];
    const chosen = choosePublication(
      [
        { value: '2022-02-30', from: 'metadata', where: 'sources.json' },
        { value: 'yesterday', from: 'front-matter', where: 'front matter "date"' },
        { value: '2022-01-11', from: 'filename', where: 'the file name prefix' },
        { value: '2099-99-99', from: 'filename', where: 'never looked at' },
      ],
      'a.md',
      problems,
    );
    expect(chosen).toEqual({ published: '2022-01-11', from: 'filename' });
    expect(problems.map((p) => p.problem)).toEqual([
      'sources.json gives the date "2022-02-30", which is not a real YYYY-MM-DD day; ignored (trying the next source)',
      'front matter "date" gives the date "yesterday", which is not a real YYYY-MM-DD day; ignored (trying the next source)',
    ]);
  });

  it('gives null when there is no candidate', () => {
    expect(choosePublication([], 'a.txt', [])).toEqual({ published: null, from: null });
  });
});
