import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['Carthage was founded before 300 BC in legend.', '2022-04-01', { text: '300 BC', start: 28, type: 'DATE', value: 'BC0300', precision: 'year', interval: ['-000299-01-01', '-000298-01-01'], anchoring: 'absolute', rule: 'era-year' }],
  ['It fell in 300 B.C. to the Romans.', '2022-04-01', { text: '300 B.C.', start: 11, type: 'DATE', value: 'BC0300', precision: 'year', interval: ['-000299-01-01', '-000298-01-01'], anchoring: 'absolute', rule: 'era-year' }],
  ['Caesar died in 44 BCE.', '2022-04-01', { text: '44 BCE', start: 15, type: 'DATE', value: 'BC0044', precision: 'year', interval: ['-000043-01-01', '-000042-01-01'], anchoring: 'absolute', rule: 'era-year' }],
  ['Vesuvius erupted in AD 79.', '2022-04-01', { text: 'AD 79', start: 20, type: 'DATE', value: '0079', precision: 'year', interval: ['0079-01-01', '0080-01-01'], anchoring: 'absolute', rule: 'era-year' }],
  ['The census of 1 BC counted them.', '2022-04-01', { text: '1 BC', start: 14, type: 'DATE', value: 'BC0001', precision: 'year', interval: ['0000-01-01', '0001-01-01'], anchoring: 'absolute', rule: 'era-year' }],
  ['England was conquered in 1066 A.D. by the Normans.', '2022-04-01', { text: '1066 A.D.', start: 25, type: 'DATE', value: '1066', precision: 'year', interval: ['1066-01-01', '1067-01-01'], anchoring: 'absolute', rule: 'era-year' }],
];

describe('era-year parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it.each([
    ['the ad campaign ran 300 times'],
    ['The BBC aired 44 episodes.'],
    ['CE 2 is a course code'],
    ['AD 0 does not exist'],
  ])('reads no era year in "%s"', (sentence) => {
    expect(tag(sentence, '2022-04-01').filter((m) => m.rule === 'era-year')).toEqual([]);
  });
});
