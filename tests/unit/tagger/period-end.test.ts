/**
 * A reporting period's end: "ended" closed on a day already past, "ends"/"will end" closes on the
 * coming one, "ending" on the nearest; the quarter and the day agree on one closing day.
 */
import { describe, expect, it } from 'vitest';
import { closingDay } from '../../../src/extract/tagger/periods';
import { makeDay } from '../../../src/extract/tagger/calendar';
import { dayMention as day, expectMention, mentionOf, tag, type Row } from './support';

const rows: Row[] = [
  // Wednesday 1 November 2000: the fiscal year that ends on June 30 closes next June.
  ['The fiscal year ends June 30.', '2000-11-01', day('June 30', 21, '2001-06-30', '2001-07-01')],
  ["The company's fiscal year ends June 30, and sales are rising.", '2000-11-01', day('June 30', 31, '2001-06-30', '2001-07-01')],
  ['The fiscal year ended June 30.', '2000-11-01', day('June 30', 22, '2000-06-30', '2000-07-01')],
  // A quarter that "ends" on the coming Dec. 31 is the calendar quarter those three months cover.
  ['The quarter ends Dec. 31.', '2000-11-01', { text: 'The quarter', start: 0, type: 'DATE', value: '2000-Q4', precision: 'quarter', interval: ['2000-10-01', '2001-01-01'] }],
  // A numbered (fiscal) quarter keeps its number, in the year its books close.
  ['The fiscal first quarter ends Dec. 31.', '2000-11-01', { text: 'The fiscal first quarter', start: 0, type: 'DATE', value: '2000-Q1', precision: 'quarter', interval: ['2000-01-01', '2000-04-01'] }],
  ['The fiscal fourth quarter ends Jan. 31.', '2000-11-01', { text: 'The fiscal fourth quarter', start: 0, type: 'DATE', value: '2001-Q4', precision: 'quarter', interval: ['2001-10-01', '2002-01-01'] }],
  ['The fiscal fourth quarter ended July 31.', '2000-08-15', { text: 'The fiscal fourth quarter', start: 0, type: 'DATE', value: '2000-Q4', precision: 'quarter', interval: ['2000-10-01', '2001-01-01'] }],
  // The year that ends on a day is a year-long stretch, as "the year ended" is.
  ['The fiscal year ends June 30.', '2000-11-01', { text: 'The fiscal year', start: 0, type: 'DURATION', value: 'P1Y', precision: null, interval: null }],
];

describe('a reporting period\'s end', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));

  it('reads the closing day by its verb', () => {
    const ref = makeDay(2000, 11, 1);
    expect(closingDay(ref, 6, 30, null, 'ended')).toEqual(makeDay(2000, 6, 30));
    expect(closingDay(ref, 6, 30, null, 'ends')).toEqual(makeDay(2001, 6, 30));
    expect(closingDay(ref, 12, 31, null, 'ends')).toEqual(makeDay(2000, 12, 31));
    expect(closingDay(ref, 12, 31, null, 'ended')).toEqual(makeDay(1999, 12, 31));
    expect(closingDay(ref, 6, 30, null, 'ending')).toEqual(makeDay(2000, 6, 30));
    expect(closingDay(ref, 3, 31, null, 'ending')).toEqual(makeDay(2001, 3, 31));
  });

  it('keeps a quarter "ending" a day on the nearest such day', () => {
    expect(tag('In the quarter ending Dec. 31, sales will rise.', '2000-11-01').map((m) => m.value)).toEqual(['2000-Q4', '2000-12-31']);
  });
});
