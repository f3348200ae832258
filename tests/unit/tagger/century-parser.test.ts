import { describe, it } from 'vitest';
import { expectMention, only, type Row } from './support';

const rows: Row[] = [
  ['in the 19th century', '2022-01-11', { text: 'the 19th century', start: 3, type: 'DATE', value: '18', precision: 'century', interval: ['1800-01-01', '1900-01-01'], anchoring: 'absolute', rule: 'century' }],
  ['the nineteenth century', '2022-01-11', { text: 'the nineteenth century', start: 0, type: 'DATE', value: '18', precision: 'century', interval: ['1800-01-01', '1900-01-01'] }],
  ['the early 20th century', '2022-01-11', { text: 'the early 20th century', start: 0, type: 'DATE', value: '19', precision: 'century', interval: ['1900-01-01', '2000-01-01'], approximate: true }],
  ['the 21st century', '2022-01-11', { text: 'the 21st century', start: 0, type: 'DATE', value: '20', precision: 'century', interval: ['2000-01-01', '2100-01-01'] }],
  ['built in the 1800s', '2022-01-11', { text: 'the 1800s', start: 9, type: 'DATE', value: '18', precision: 'century', interval: ['1800-01-01', '1900-01-01'] }],
  ['in the 1900s', '2000-04-14', { text: 'the 1900s', start: 3, type: 'DATE', value: '19', precision: 'century', interval: ['1900-01-01', '2000-01-01'], approximate: false }],
  ['in the early 1900s', '2000-04-14', { text: 'the early 1900s', start: 3, type: 'DATE', value: '19', precision: 'century', interval: ['1900-01-01', '2000-01-01'], approximate: true, rule: 'century' }],
  ['since the late 1800s', '2000-04-14', { text: 'the late 1800s', start: 6, type: 'DATE', value: '18', precision: 'century', interval: ['1800-01-01', '1900-01-01'], approximate: true }],
  ['By the turn of the century, demand will double.', '1989-06-01', { text: 'the turn of the century', start: 3, type: 'DATE', value: '2000', precision: 'year', interval: ['2000-01-01', '2001-01-01'], approximate: true, rule: 'century-turn' }],
  ['At the turn of the century, immigrants arrived.', '2000-04-14', { text: 'the turn of the century', start: 3, type: 'DATE', value: '1900', precision: 'year', interval: ['1900-01-01', '1901-01-01'], approximate: true }],
  ['At the turn of the century, the bubble burst.', '2022-01-11', { text: 'the turn of the century', start: 3, type: 'DATE', value: '2000', precision: 'year', interval: ['2000-01-01', '2001-01-01'], approximate: true }],
  ['At the turn of the 20th century, cities grew.', '2022-01-11', { text: 'the turn of the 20th century', start: 3, type: 'DATE', value: '1900', precision: 'year', interval: ['1900-01-01', '1901-01-01'], approximate: true, anchoring: 'absolute' }],
  ['By mid-century the population will double.', '2000-04-14', { text: 'mid-century', start: 3, type: 'DATE', value: '20', precision: 'century', interval: ['2000-01-01', '2100-01-01'], approximate: true, rule: 'century-turn' }],
  ['The style dates from mid-century.', '2000-04-14', { text: 'mid-century', start: 21, type: 'DATE', value: '19', precision: 'century', interval: ['1900-01-01', '2000-01-01'], approximate: true }],
  // A century not yet half gone: its hundreds are its first decade.
  ['The early 2000s were calm.', '2022-01-11', { text: 'The early 2000s', start: 0, type: 'DATE', value: '200', precision: 'decade', interval: ['2000-01-01', '2010-01-01'], approximate: true, rule: 'decade' }],
  ['Trade grew in the 2000s.', '2022-01-11', { text: 'the 2000s', start: 14, type: 'DATE', value: '200', precision: 'decade', interval: ['2000-01-01', '2010-01-01'] }],
  ['in the 1st century', '2022-01-11', { text: 'the 1st century', start: 3, type: 'DATE', value: '00', precision: 'century', interval: ['0000-01-01', '0100-01-01'] }],
];

describe('century parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));
});
