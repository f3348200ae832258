import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '2023-08-10';
const rows: Row[] = [
  ['Revenue rose in 3Q23.', R, { text: '3Q23', start: 16, type: 'DATE', value: '2023-Q3', precision: 'quarter', interval: ['2023-07-01', '2023-10-01'], anchoring: 'absolute', rule: 'period-shorthand' }],
  ["Revenue rose in Q2'23.", R, { text: "Q2'23", start: 16, type: 'DATE', value: '2023-Q2', precision: 'quarter', interval: ['2023-04-01', '2023-07-01'] }],
  ['Guidance for Q3 FY24 rose.', R, { text: 'Q3 FY24', start: 13, type: 'DATE', value: '2024-Q3', precision: 'quarter', interval: ['2024-07-01', '2024-10-01'] }],
  ['Revenue rose in 2Q 2023.', R, { text: '2Q 2023', start: 16, type: 'DATE', value: '2023-Q2', precision: 'quarter', interval: ['2023-04-01', '2023-07-01'] }],
  ['Growth is expected in 2H23.', R, { text: '2H23', start: 22, type: 'DATE', value: '2023-H2', precision: 'half', interval: ['2023-07-01', '2024-01-01'] }],
  ['Growth is expected in 1H 2024.', R, { text: '1H 2024', start: 22, type: 'DATE', value: '2024-H1', precision: 'half', interval: ['2024-01-01', '2024-07-01'] }],
  ['Sales fell in 4Q99.', R, { text: '4Q99', start: 14, type: 'DATE', value: '1999-Q4', precision: 'quarter', interval: ['1999-10-01', '2000-01-01'] }],
];

describe('quarter and half shorthand', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('needs its year written on, after an apostrophe or FY, or four digits after a space', () => {
    expect(tag('He scored 2H 20 points; the 4Q trend; a 2h30 run; 1q23 in lower case.', R)).toEqual([]);
  });

  it('leaves "Q1 2022" and "H1 2023" to the quarter and half parsers', () => {
    expect(tag('Revenue rose in Q2 2023 and H1 2023.', R).map((m) => [m.text, m.value, m.rule])).toEqual([
      ['Q2 2023', '2023-Q2', 'quarter'],
      ['H1 2023', '2023-H1', 'half'],
    ]);
  });
});
