import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['Sales rose from January through June.', '2022-01-29', { text: 'January through June', start: 16, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-07-01'], anchoring: 'relative', rule: 'month-range' }],
  ['Exports grew from January to June.', '2022-01-29', { text: 'January to June', start: 18, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-07-01'], anchoring: 'relative', rule: 'month-range' }],
  ['Prices rose January–June 2022.', '2022-01-29', { text: 'January–June 2022', start: 12, type: 'DATE', value: '2022-01', precision: 'month', interval: ['2022-01-01', '2022-07-01'], anchoring: 'absolute', rule: 'month-range' }],
  // Opening the sentence, capitalised: was "March" (this year) and "May 2021", two mentions.
  ['From March to May 2021, the factory was closed.', '2023-06-15', { text: 'March to May 2021', start: 5, type: 'DATE', value: '2021-03', precision: 'month', interval: ['2021-03-01', '2021-06-01'], anchoring: 'absolute', rule: 'month-range' }],
  ['Between March and May 2021 it was shut.', '2023-06-15', { text: 'March and May 2021', start: 8, type: 'DATE', value: '2021-03', precision: 'month', interval: ['2021-03-01', '2021-06-01'], anchoring: 'absolute', rule: 'month-range' }],
  // A range that holds the reference month is the running one, whatever the tense ("holds" looked ahead: 2024).
  ['From January through June, France holds the presidency.', '2023-06-15', { text: 'January through June', start: 5, type: 'DATE', value: '2023-01', precision: 'month', interval: ['2023-01-01', '2023-07-01'], anchoring: 'relative', rule: 'month-range' }],
  ['The port closes from November to February.', '2023-01-15', { text: 'November to February', start: 21, type: 'DATE', value: '2022-11', precision: 'month', interval: ['2022-11-01', '2023-03-01'], anchoring: 'relative', rule: 'month-range' }],
  ['The port will close from July to September.', '2023-06-15', { text: 'July to September', start: 25, type: 'DATE', value: '2023-07', precision: 'month', interval: ['2023-07-01', '2023-10-01'], anchoring: 'relative', rule: 'month-range' }],
  // A calendar quarter named by its months, with its article and "quarter".
  ['Sony said profit fell in the July-September quarter.', '2023-11-15', { text: 'the July-September quarter', start: 25, type: 'DATE', value: '2023-Q3', precision: 'quarter', interval: ['2023-07-01', '2023-10-01'], anchoring: 'relative', rule: 'month-range' }],
  ['Snow fell between November and February 2022.', '2022-05-02', { text: 'November and February 2022', start: 18, type: 'DATE', value: '2021-11', precision: 'month', interval: ['2021-11-01', '2022-03-01'], anchoring: 'absolute', rule: 'month-range' }],
];

describe('month-range parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves two months joined by a bare "and" as two mentions', () => {
    expect(tag('They met in May and June.', '2022-01-29').map((m) => m.rule)).not.toContain('month-range');
  });

  it('reads no quarter in three months that are not one ("the May-July quarter")', () => {
    expect(tag('Sales rose in the May-July quarter.', '2023-08-15').map((m) => [m.text, m.value])).toEqual([['May-July', '2023-05']]);
  });

  it('leaves "from January to June 30" to the day parsers', () => {
    expect(tag('from January to June 30', '2022-01-29').map((m) => m.text)).toEqual(['January', 'June 30']);
  });
});
