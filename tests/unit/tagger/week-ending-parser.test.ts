import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, tag, type Expected, type Row } from './support';

const week = (text: string, start: number, value: string, first: string, next: string): Expected => ({
  text, start, type: 'DATE', value, precision: 'week', interval: [first, next], anchoring: 'relative', rule: 'week-ending',
});

const rows: Row[] = [
  // Friday 14 April 2000. Seven days that are no ISO week: valued by their first day.
  ['Sales rose in the week ended April 7.', '2000-04-14', week('the week ended April 7', 14, '2000-04-01', '2000-04-01', '2000-04-08')],
  ['Claims fell in the week ended April 7, the department said.', '2000-04-14', week('the week ended April 7', 15, '2000-04-01', '2000-04-01', '2000-04-08')],
  // Seven days that end on a Sunday are an ISO week.
  ['Sales rose in the week ended April 9.', '2000-04-14', week('the week ended April 9', 14, '2000-W14', '2000-04-03', '2000-04-10')],
  // A weekday: "ended" the one before, "ending" the one the tense points to (here the reference day).
  ['Sales rose in the week ending Friday.', '2000-04-14', week('the week ending Friday', 14, '2000-04-08', '2000-04-08', '2000-04-15')],
  ['Figures for the week ending Friday will be out Monday.', '2000-04-12', week('the week ending Friday', 12, '2000-04-08', '2000-04-08', '2000-04-15')],
  // "ended" a day still ahead of the reference: the year before, as for a quarter.
  ['Inventories rose in the week ended Dec. 29.', '2000-04-14', week('the week ended Dec. 29', 20, '1999-12-23', '1999-12-23', '1999-12-30')],
];

describe('week-ending parser', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));

  it('is one mention, the day inside it no second one', () => {
    expect(tag('Sales rose in the week ended April 7.', '2000-04-14').map((m) => m.text)).toEqual(['the week ended April 7']);
  });

  it('leaves a lower-case month to the modal it is', () => {
    expect(tag('The week ending may 7 was bad.', '2000-04-14')).toEqual([]);
  });
});
