/** The sample articles in data/, each tagged against its publication date (data/sources.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tag } from './support';

const read = (file: string) => readFileSync(`data/${file}`, 'utf8');
const FILES = {
  dec29: '2021-12-29-will-acting-tough-follow-moscows-tough-talk.txt',
  jan11: '2022-01-11-biden-regime-rejects-russias-security-demands.txt',
  jan15: '2022-01-15-sergey-lavrov-on-russia-us-nato-security-talks.txt',
  jan29: '2022-01-29-putin-and-lavrov-on-the-biden-regimes-rejection.txt',
  feb02: '2022-02-02-russian-relations-with-hegemon-usa-heading-for-rupture.txt',
};
const mentionsOf = (key: keyof typeof FILES, published: string) => {
  const text = read(FILES[key]);
  return { text, mentions: tag(text, published) };
};

describe('sample corpus', () => {
  it('"on Monday" in the 11 January article is Monday 10 January 2022, every time', () => {
    const { text, mentions } = mentionsOf('jan11', '2022-01-11');
    const mondays = mentions.filter((m) => m.text === 'Monday');
    expect(mondays.length).toBe(text.split(/\bon Monday\b|\bMonday\b/).length - 1);
    expect(new Set(mondays.map((m) => m.value))).toEqual(new Set(['2022-01-10']));
    expect(mondays[0]).toMatchObject({ start: 89, end: 95, type: 'DATE', precision: 'day', interval: { start: '2022-01-10', end: '2022-01-11' }, anchoring: 'relative' });
  });

  it('"January 10" is 10 January 2022 both before (29 Dec: "will begin") and after the talks', () => {
    for (const [key, published] of [['dec29', '2021-12-29'], ['jan15', '2022-01-15']] as const) {
      const found = mentionsOf(key, published).mentions.filter((m) => m.text === 'January 10');
      for (const m of found) expect([m.value, m.anchoring]).toEqual(['2022-01-10', 'relative']);
      if (key === 'dec29') expect(found).toHaveLength(2);
    }
  });

  it('"January 26" is 26 January 2022 in the 2 February article', () => {
    const found = mentionsOf('feb02', '2022-02-02').mentions.filter((m) => m.text === 'January 26');
    expect(found.map((m) => [m.start, m.value])).toEqual([
      [1183, '2022-01-26'],
      [2971, '2022-01-26'],
    ]);
  });

  it('the 1997 Founding Act is the year 1997, anchored by the text alone', () => {
    const { mentions } = mentionsOf('feb02', '2022-02-02');
    const years = mentions.filter((m) => m.text === '1997');
    expect(years.map((m) => [m.start, m.value, m.precision, m.anchoring])).toEqual([
      [1786, '1997', 'year', 'absolute'],
      [3154, '1997', 'year', 'absolute'],
    ]);
    const lavrov = mentionsOf('jan15', '2022-01-15').mentions.find((m) => m.text === '1997');
    expect(lavrov).toMatchObject({ start: 1879, value: '1997', interval: { start: '1997-01-01', end: '1998-01-01' }, anchoring: 'absolute' });
  });

  it('"Astana in 2010" is 2010 and "December 2010" is 2010-12', () => {
    const jan29 = mentionsOf('jan29', '2022-01-29');
    expect(jan29.mentions.find((m) => m.start === jan29.text.indexOf('Astana in 2010') + 10)).toMatchObject({ text: '2010', value: '2010', precision: 'year' });
    const feb02 = mentionsOf('feb02', '2022-02-02');
    expect(feb02.mentions.find((m) => m.text === 'December 2010')).toMatchObject({ value: '2010-12', precision: 'month', anchoring: 'absolute' });
  });

  it('counts are no dates and "in one day" is a duration', () => {
    const dec29 = mentionsOf('dec29', '2021-12-29');
    const at = (needle: string) => dec29.text.indexOf(needle);
    const inside = (needle: string) => dec29.mentions.filter((m) => m.start < at(needle) + needle.length && m.end > at(needle));
    expect(inside('1,000 kilometers')).toEqual([]);
    expect(inside('1,700 of its nationals')).toEqual([]);
    expect(inside('in one day').map((m) => [m.text, m.type, m.value])).toEqual([['one day', 'DURATION', 'P1D']]);
    const jan29 = mentionsOf('jan29', '2022-01-29');
    const osce = jan29.text.indexOf('(57) OSCE');
    expect(jan29.mentions.filter((m) => m.start < osce + 9 && m.end > osce)).toEqual([]);
  });
});
