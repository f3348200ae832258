import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '1998-02-19';
const rows: Row[] = [
  // A full name, even a short one, leaves the sentence's period out.
  ['He left last May.', '2000-04-14', { text: 'last May', start: 8, type: 'DATE', value: '1999-05', precision: 'month', interval: ['1999-05-01', '1999-06-01'], rule: 'month-relative' }],
  ['It ended last Sept. Then talks began.', '2000-04-14', { text: 'last Sept.', start: 9, type: 'DATE', value: '1999-09', precision: 'month', interval: ['1999-09-01', '1999-10-01'] }],
  ['In June last year the leaders split', R, { text: 'June last year', start: 3, type: 'DATE', value: '1997-06', precision: 'month', interval: ['1997-06-01', '1997-07-01'], anchoring: 'relative', rule: 'month-relative' }],
  ['the treaty they signed last May', R, { text: 'last May', start: 23, type: 'DATE', value: '1997-05', precision: 'month', interval: ['1997-05-01', '1997-06-01'] }],
  ['they meet next March', R, { text: 'next March', start: 10, type: 'DATE', value: '1998-03', precision: 'month', interval: ['1998-03-01', '1998-04-01'] }],
  ['two helicopters crashed last February.', '1998-03-02', { text: 'last February', start: 24, type: 'DATE', value: '1998-02', precision: 'month', interval: ['1998-02-01', '1998-03-01'] }],
  ['in July of next year', R, { text: 'July of next year', start: 3, type: 'DATE', value: '1999-07', precision: 'month', interval: ['1999-07-01', '1999-08-01'] }],
  // A day of the month, too, in either order; a day the month lacks is no date.
  ['the final on May 25 next year', R, { text: 'May 25 next year', start: 13, type: 'DATE', value: '1999-05-25', precision: 'day', interval: ['1999-05-25', '1999-05-26'], rule: 'month-relative' }],
  ['signed on 10 January last year', R, { text: '10 January last year', start: 10, type: 'DATE', value: '1997-01-10', precision: 'day', interval: ['1997-01-10', '1997-01-11'] }],
];

describe('month-relative parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves "this may" and "last march" (lower case) alone', () => {
    expect(tag('this may work; the last march was long', R)).toEqual([]);
  });
});
