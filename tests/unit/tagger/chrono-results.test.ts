import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '2022-01-11';
// Chrono's own parsers, valued by `value-refiner` at the precision chrono is certain of.
const rows: Row[] = [
  ['It happened on Jan. 10, 2022.', R, { text: 'Jan. 10, 2022', start: 15, type: 'DATE', value: '2022-01-10', precision: 'day', interval: ['2022-01-10', '2022-01-11'], anchoring: 'absolute' }],
  ['On 10 January 2022 they met', R, { text: '10 January 2022', start: 3, type: 'DATE', value: '2022-01-10', precision: 'day', interval: ['2022-01-10', '2022-01-11'], anchoring: 'absolute' }],
  ['filed 11/02/89', R, { text: '11/02/89', start: 6, type: 'DATE', value: '1989-11-02', precision: 'day', interval: ['1989-11-02', '1989-11-03'], anchoring: 'absolute' }],
  ['At the December 2010 OSCE Astana summit', '2022-02-02', { text: 'December 2010', start: 7, type: 'DATE', value: '2010-12', precision: 'month', interval: ['2010-12-01', '2011-01-01'], anchoring: 'absolute' }],
  ['dated 2022-01-10', R, { text: '2022-01-10', start: 6, type: 'DATE', value: '2022-01-10', precision: 'day', interval: ['2022-01-10', '2022-01-11'], anchoring: 'absolute' }],
  ['They left yesterday.', R, { text: 'yesterday', start: 10, type: 'DATE', value: '2022-01-10', precision: 'day', interval: ['2022-01-10', '2022-01-11'], anchoring: 'relative' }],
  ['It rained last night.', R, { text: 'last night', start: 10, type: 'TIME', value: '2022-01-10TNI', precision: 'day', interval: ['2022-01-10', '2022-01-11'], anchoring: 'relative' }],
  ['He spoke this morning.', R, { text: 'this morning', start: 9, type: 'TIME', value: '2022-01-11TMO', precision: 'day', interval: ['2022-01-11', '2022-01-12'], anchoring: 'relative' }],
  ['at 10:30 p.m. yesterday', R, { text: '10:30 p.m. yesterday', start: 3, type: 'TIME', value: '2022-01-10T22:30', precision: 'day', interval: ['2022-01-10', '2022-01-11'] }],
];

describe('chrono results (value refiner, extent trim)', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));
});

describe('clock time before part of day', () => {
  it('values "4 in the morning" at its hour, "Tuesday morning" by its part of day', () => {
    expect(tag('He left at 4 in the morning.', '2000-04-05').map((m) => [m.text, m.type, m.value])).toEqual([['4 in the morning', 'TIME', '2000-04-05T04:00']]);
    expect(tag('They met Tuesday morning.', '2000-04-05').map((m) => [m.text, m.value])).toEqual([['Tuesday morning', '2000-04-04TMO']]);
  });
});

describe('part of day joined to a date', () => {
  it('dates "the night of Oct. 23" on Oct. 23, not on the reference day', () => {
    expect(tag('Slepian was killed on the night of Oct. 23 at home.', '1999-05-05').map((m) => [m.text, m.value, m.interval?.start])).toEqual([['night of Oct. 23', '1998-10-23TNI', '1998-10-23']]);
    expect(tag('They met Tuesday night.', '1999-05-05').map((m) => [m.text, m.value])).toEqual([['Tuesday night', '1999-05-04TNI']]);
  });
});
