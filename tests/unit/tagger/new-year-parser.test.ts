import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const year = (y: number) => [`${y}-01-01`, `${y + 1}-01-01`] as [string, string];

const rows: Row[] = [
  // Said in December, the new year is the coming one; in January, the one just begun.
  ['Talks will resume in the new year.', '2021-12-20', { text: 'the new year', start: 21, type: 'DATE', value: '2022', precision: 'year', interval: year(2022), anchoring: 'relative', rule: 'new-year' }],
  ['The new year brought hope.', '2022-01-05', { text: 'The new year', start: 0, type: 'DATE', value: '2022', precision: 'year', interval: year(2022) }],
  // In spring a sentence that looks ahead means the coming one (was 2023, the nearest New Year's);
  // one that looks back, or one written in January or February, the year begun.
  ['Ministers will meet again in the new year.', '2023-06-15', { text: 'the new year', start: 29, type: 'DATE', value: '2024', precision: 'year', interval: year(2024) }],
  ['The new year brought hope.', '2023-04-01', { text: 'The new year', start: 0, type: 'DATE', value: '2023', precision: 'year', interval: year(2023) }],
  ['Ministers will meet again in the new year.', '2023-02-10', { text: 'the new year', start: 29, type: 'DATE', value: '2023', precision: 'year', interval: year(2023) }],
  ['Early in the New Year, prices rose.', '2021-11-02', { text: 'Early in the New Year', start: 0, type: 'DATE', value: '2022', precision: 'year', interval: year(2022), approximate: true }],
];

describe('new year parser', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves the holiday, the Lunar New Year and "a new year" to others', () => {
    const texts = (s: string) => tag(s, '2021-12-20').map((m) => m.text);
    expect(texts('On New Year’s Eve the city celebrated.')).toEqual(['New Year’s Eve']);
    expect(texts('The Lunar New Year holiday drew crowds.')).toEqual([]);
    expect(texts('A new year, a new start.')).toEqual([]);
  });
});
